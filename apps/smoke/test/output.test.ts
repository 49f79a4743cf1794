/** The table and the JUnit XML for a report with every kind of result. */
import { describe, expect, it } from "vitest";
import { formatJunit, formatTable, type SmokeReport } from "../src/index.js";

const report: SmokeReport = {
  mode: "live",
  target: "http://127.0.0.1:5244",
  dir: "/local/ci",
  ok: false,
  startedAt: "2026-01-02T03:04:05.000Z",
  durationMs: 1234,
  checks: [
    { step: "reachable", status: "passed", ms: 7, detail: 'GET /ping answered "pong"' },
    { step: "login", status: "failed", ms: 1500, detail: `login: <bad> & "quoted" 'text'\u0007 (code 400)` },
    {
      step: "fs/get dir",
      status: "failed",
      ms: 12,
      detail: 'the fsGet answer breaks the contract: /data/size: expected integer, got "1" (+1 more)',
      violations: ['first: /data/size: expected integer, got "1"', "second: /data/name: expected string, got 2"],
    },
    { step: "fs/put probe", status: "skipped", ms: 0, detail: "the folder check did not pass" },
  ],
};

describe("formatTable", () => {
  it("aligns step, status, ms and detail, and ends with the verdict", () => {
    const lines = formatTable(report).split("\n");
    expect(lines[0]).toBe("Smoke test against http://127.0.0.1:5244, folder /local/ci");
    expect(lines[2]).toBe("STEP          STATUS     MS  DETAIL");
    expect(lines[3]).toBe('reachable     passed      7  GET /ping answered "pong"');
    expect(lines[4]?.startsWith("login         failed   1500  login: <bad>")).toBe(true);
    expect(lines[6]).toBe("fs/put probe  skipped     0  the folder check did not pass");
    expect(lines.at(-1)).toBe("FAILED: 1 passed, 2 failed, 1 skipped in 1234 ms");
  });
});

describe("formatJunit", () => {
  const xml = formatJunit(report);

  it("one testcase per step with its time in seconds; totals on the suite", () => {
    expect(xml.match(/<testcase /g)).toHaveLength(4);
    expect(xml).toContain('<testcase classname="alist-smoke.live" name="login" time="1.500">');
    expect(xml).toMatch(
      /<testsuite name="alist-smoke \(live\)" tests="4" failures="2" errors="0" skipped="1" time="1\.234"/,
    );
    expect(xml).toContain('<property name="dir" value="/local/ci"/>');
  });

  it("escapes markup and drops control characters", () => {
    expect(xml).toContain(
      '<failure message="login: &lt;bad&gt; &amp; &quot;quoted&quot; &apos;text&apos; (code 400)" type="failed">',
    );
    expect(xml).not.toContain("\u0007");
  });

  it("a failure's text lists every violation; a skip carries its reason", () => {
    expect(xml).toContain("second: /data/name: expected string, got 2</failure>");
    expect(xml).toContain('<skipped message="the folder check did not pass"/>');
  });
});

describe("formatTable with a hostile server's text", () => {
  it("escapes C0, DEL and C1 control characters in details, so a name cannot garble the terminal", () => {
    const hostile: SmokeReport = {
      ...report,
      checks: [
        {
          step: "fs/list",
          status: "passed",
          ms: 3,
          detail: "\u001b[2J\u001b]0;PWNED\u0007 listed\nfs/get dir  passed  1  forged\u007f\u009b",
        },
      ],
    };
    const text = formatTable(hostile);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence is the point
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text.split("\n")).toHaveLength(6);
    expect(text).toContain("\\x1b[2J\\x1b]0;PWNED\\x07 listed\\nfs/get dir  passed  1  forged\\x7f\\x9b");
  });
});
