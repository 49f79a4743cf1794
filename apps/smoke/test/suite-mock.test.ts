/**
 * CI: the full suite and a seeded fuzz run against the mock, through the built CLI: zero
 * violations, the checks that need a server that stores reported as skipped, and reports.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SuiteReport } from "../src/suite/report.js";
import { exchangeValidator } from "../src/suite/validate-exchange.js";
import { type CliResult, runCli } from "./support/cli.js";

const work = mkdtempSync(join(tmpdir(), "alist-suite-mock-"));
let full: CliResult;
let fuzz: CliResult;

beforeAll(async () => {
  [full, fuzz] = await Promise.all([
    runCli(["--suite", "full", "--json", "--junit", join(work, "suite.xml"), "--record", join(work, "captures")]),
    runCli(["--fuzz", "200", "--seed", "1", "--json"]),
  ]);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("--suite full against the mock", () => {
  it("every operation of the spec is run with zero violations", () => {
    expect(full.stderr).toBe("");
    expect(full.code).toBe(0);
    const report = JSON.parse(full.stdout) as SuiteReport;
    expect(report.failures).toEqual([]);
    expect(report.ok).toBe(true);
    const spec = JSON.parse(
      readFileSync(join(__dirname, "../../../packages/client/src/generated/openapi.json"), "utf8"),
    );
    const ids = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>).flatMap((item) =>
      Object.values(item)
        .map((op) => op.operationId)
        .filter(Boolean),
    );
    const covered = new Set(report.cells.filter((c) => c.status === "passed").map((c) => c.operation));
    const uncovered = ids.filter((id) => !covered.has(id as string));
    // Only the account-changing operations wait for --allow-account-changes.
    expect(uncovered.sort()).toEqual(["meUpdate", "twoFactorGenerate", "twoFactorVerify"]);
    expect(report.cleanup.removed).toBe(true);
  });

  it("the stateful checks are skipped, saying why", () => {
    const report = JSON.parse(full.stdout) as SuiteReport;
    const stateful = report.cells.filter((c) => c.check === "use-after-free" || c.check === "resource-availability");
    expect(stateful.length).toBeGreaterThan(0);
    for (const cell of stateful) {
      expect(cell.status).toBe("skipped");
      expect(cell.skipReason).toMatch(/needs a server that stores/);
    }
  });

  it("JUnit has one testcase per operation x check; every recorded exchange validates against the spec", () => {
    const report = JSON.parse(full.stdout) as SuiteReport;
    const xml = readFileSync(join(work, "suite.xml"), "utf8");
    expect(xml.match(/<testcase /g)).toHaveLength(report.cells.length);
    expect(xml).toContain('<testcase classname="alist-contract.fsGet" name="response-schema-conformance"');
    const files = readdirSync(join(work, "captures"));
    expect(files).toHaveLength(report.exchanges);
    const validator = exchangeValidator();
    for (const file of files) {
      const recorded = JSON.parse(readFileSync(join(work, "captures", file), "utf8"));
      expect(validator.validate(recorded), file).toEqual([]);
    }
  });
});

describe("--fuzz 200 --seed 1 against the mock", () => {
  it("finds no violation; the stateful sequences are skipped", () => {
    expect(fuzz.code).toBe(0);
    const report = JSON.parse(fuzz.stdout) as SuiteReport;
    expect(report.fuzz).toEqual({ runs: 200, seed: 1, failed: false });
    expect(report.failures).toEqual([]);
    expect(report.exchanges).toBeGreaterThanOrEqual(200);
  });
});
