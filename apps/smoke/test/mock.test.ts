/** `alist-smoke` with no target: it starts the mock of the embedded spec, runs, stops it. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmokeReport } from "../src/index.js";
import { STEPS } from "../src/index.js";
import { type CliResult, runCli, tableRows } from "./support/cli.js";

const work = mkdtempSync(join(tmpdir(), "alist-smoke-mock-"));
const junitFile = join(work, "reports", "smoke.xml");
let table: CliResult;
let json: CliResult;

beforeAll(async () => {
  // Two runs, two mocks, side by side: the table, and JSON with a JUnit file.
  [table, json] = await Promise.all([runCli([]), runCli(["--json", "--junit", junitFile])]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("against the mock", () => {
  it("the table shows every step, in order, passed", () => {
    expect(table.stderr).toBe("");
    expect(table.code).toBe(0);
    const rows = tableRows(table.stdout);
    expect([...rows.keys()]).toEqual([...STEPS]);
    for (const step of STEPS) expect(rows.get(step)?.status).toBe("passed");
    expect(rows.get("cleanup")?.detail).toBe("remove answered as the contract says (mock: nothing was stored)");
    expect(rows.get("reachable")?.detail).toBe('GET /ping answered "pong"');
    expect(rows.get("fs/get probe")?.detail).toMatch(/mock: .*not compared/);
    expect(table.stdout).toMatch(/^Smoke test against the mock of the embedded spec at http:\/\/127\.0\.0\.1:\d+/);
    expect(rows.get("fs/mkdir")?.detail).toBe("answer matches the contract (mock: nothing is created)");
    expect(rows.get("fs/list")?.detail).toBe("answers match the contract (mock: the listing is the spec's example)");
    expect(rows.get("fs/rename")?.detail).toBe("answer matches the contract (mock: nothing is renamed)");
    expect(table.stdout).toMatch(/OK: 9 passed, 0 failed, 0 skipped in \d+ ms/);
  });

  it("--json prints only the report on stdout", () => {
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as SmokeReport;
    expect(report).toMatchObject({ mode: "mock", dir: "/alist-smoke", ok: true });
    expect(report.checks.map((check) => check.step)).toEqual([...STEPS]);
    expect(report.checks.filter((check) => check.status === "failed")).toEqual([]);
    const probe = report.checks.find((check) => check.step === "fs/put probe");
    const sent = Number(/\((\d+) bytes/.exec(probe?.detail ?? "")?.[1]);
    expect(sent).toBeGreaterThanOrEqual(1024);
    expect(sent).toBeLessThanOrEqual(64 * 1024);
    expect(probe?.detail).toMatch(/^sent \/alist-smoke\/\.alist-smoke-[0-9a-f]{16}\/probe\.bin /);
    for (const check of report.checks) expect(check.ms).toBeGreaterThanOrEqual(0);
    expect(report.mockStartMs).toBeGreaterThan(0);
  });

  it("--junit writes one testcase per step, none failed or skipped", () => {
    const xml = readFileSync(junitFile, "utf8");
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites ')).toBe(true);
    const cases = [...xml.matchAll(/<testcase classname="alist-smoke\.mock" name="([^"]+)" time="(\d+\.\d{3})"/g)];
    expect(cases.map((match) => match[1])).toEqual([...STEPS]);
    expect(xml.match(/<failure /g) ?? []).toHaveLength(0);
    expect(xml.match(/<skipped /g) ?? []).toHaveLength(0);
    expect(xml).toMatch(/<testsuite name="alist-smoke \(mock\)" tests="9" failures="0" errors="0" skipped="0"/);
    expect(xml.match(/<testcase /g)?.length).toBe(xml.match(/<\/testcase>/g)?.length);
  });
});
