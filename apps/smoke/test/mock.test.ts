/**
 * `alist-smoke` with no target: it starts the stateful mock, runs the full checks against it as
 * against a real server (mkdir creates, sizes compared, listing and rename checked), stops it;
 * `--static-mock` keeps the contract-only run against Prism.
 */
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
let staticRun: CliResult;

beforeAll(async () => {
  // Three runs, three mocks, side by side: the table, JSON with a JUnit file, and the static mock.
  [table, json, staticRun] = await Promise.all([
    runCli([]),
    runCli(["--json", "--junit", junitFile]),
    runCli(["--static-mock"]),
  ]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("against the stateful mock (the default)", () => {
  it("the table shows every step, in order, passed with the checks a real server gets", () => {
    expect(table.stderr).toBe("");
    expect(table.code).toBe(0);
    const rows = tableRows(table.stdout);
    expect([...rows.keys()]).toEqual([...STEPS]);
    for (const step of STEPS) expect(rows.get(step)?.status).toBe("passed");
    expect(table.stdout).toMatch(
      /^Smoke test against the stateful mock at http:\/\/127\.0\.0\.1:\d+ .*, folder \/local\n/,
    );
    expect(table.stdout).not.toMatch(/mock: /);
    expect(rows.get("reachable")?.detail).toBe('GET /ping answered "pong"');
    expect(rows.get("login")?.detail).toBe("token received (POST /api/auth/login/hash)");
    expect(rows.get("fs/get dir")?.detail).toBe("/local is a folder (storage: Local)");
    const folder = /^created (\/local\/\.alist-smoke-[0-9a-f]{16})$/.exec(rows.get("fs/mkdir")?.detail ?? "")?.[1];
    expect(folder).toBeDefined();
    const size = Number(/\((\d+) bytes\)$/.exec(rows.get("fs/put probe")?.detail ?? "")?.[1]);
    expect(rows.get("fs/put probe")?.detail).toBe(`wrote ${folder}/probe.bin (${size} bytes)`);
    expect(rows.get("fs/get probe")?.detail).toBe(`size ${size} matches what was sent`);
    expect(rows.get("fs/list")?.detail).toBe(`probe.bin is listed with size ${size}`);
    expect(rows.get("fs/rename")?.detail).toBe(`renamed to probe-renamed.bin, size ${size} unchanged`);
    expect(rows.get("cleanup")?.detail).toBe(`removed ${folder}`);
    expect(table.stdout).toMatch(/OK: 9 passed, 0 failed, 0 skipped in \d+ ms/);
  });

  it("--json prints only the report on stdout", () => {
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as SmokeReport;
    expect(report).toMatchObject({ mode: "mock", mock: "stateful", dir: "/local", ok: true });
    expect(report.checks.map((check) => check.step)).toEqual([...STEPS]);
    expect(report.checks.filter((check) => check.status === "failed")).toEqual([]);
    const probe = report.checks.find((check) => check.step === "fs/put probe");
    const sent = Number(/\((\d+) bytes/.exec(probe?.detail ?? "")?.[1]);
    expect(sent).toBeGreaterThanOrEqual(1024);
    expect(sent).toBeLessThanOrEqual(64 * 1024);
    expect(probe?.detail).toMatch(/^wrote \/local\/\.alist-smoke-[0-9a-f]{16}\/probe\.bin /);
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

describe("against the static mock (--static-mock)", () => {
  it("checks only what the contract guarantees, saying so: Prism stores nothing", () => {
    expect(staticRun.stderr).toBe("");
    expect(staticRun.code).toBe(0);
    const rows = tableRows(staticRun.stdout);
    for (const step of STEPS) expect(rows.get(step)?.status).toBe("passed");
    expect(staticRun.stdout).toMatch(/^Smoke test against the static mock \(Prism\) of the embedded spec at http:/);
    expect(rows.get("fs/mkdir")?.detail).toBe("answer matches the contract (mock: nothing is created)");
    expect(rows.get("fs/get probe")?.detail).toMatch(/mock: .*not compared/);
    expect(rows.get("fs/list")?.detail).toBe("answers match the contract (mock: the listing is the spec's example)");
    expect(rows.get("fs/rename")?.detail).toBe("answer matches the contract (mock: nothing is renamed)");
    expect(rows.get("cleanup")?.detail).toBe("remove answered as the contract says (mock: nothing was stored)");
  });
});
