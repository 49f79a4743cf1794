/**
 * CI: the full suite and a seeded fuzz of 2,000 cases against the stateful mock, through the
 * built CLI: zero violations and crashes, the stateful checks and sequences run (not skipped),
 * and reports; the static mock still gets its contract-only run.
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
let staticFull: CliResult;

beforeAll(async () => {
  [full, fuzz, staticFull] = await Promise.all([
    runCli([
      "--suite",
      "full",
      "--allow-account-changes",
      "--json",
      "--junit",
      join(work, "suite.xml"),
      "--record",
      join(work, "captures"),
    ]),
    runCli(["--fuzz", "2000", "--seed", "1", "--json"]),
    runCli(["--suite", "full", "--static-mock", "--json"]),
  ]);
}, 240_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("--suite full against the stateful mock", () => {
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
    // With --allow-account-changes (the mock is a throwaway) every operation is covered.
    expect(uncovered).toEqual([]);
    expect(report.mock).toBe("stateful");
    expect(report.cleanup).toMatchObject({ removed: true, detail: `removed ${report.sandbox}` });
  });

  it("the stateful checks, negative and auth cases run and pass", () => {
    const report = JSON.parse(full.stdout) as SuiteReport;
    for (const check of ["use-after-free", "resource-availability", "negative-data-rejection", "ignored-auth"]) {
      const cells = report.cells.filter((c) => c.check === check);
      expect(cells.filter((c) => c.status === "passed").length, check).toBeGreaterThan(3);
      expect(
        cells.filter((c) => c.status === "skipped" && /stores|static mock/.test(c.skipReason ?? "")),
        check,
      ).toEqual([]);
    }
    expect(report.cells.filter((c) => c.status === "failed")).toEqual([]);
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

describe("--fuzz 2000 --seed 1 against the stateful mock", () => {
  it("finds no violation and no crash; the stateful sequences ran too", () => {
    expect(fuzz.stderr).toBe("");
    expect(fuzz.code).toBe(0);
    const report = JSON.parse(fuzz.stdout) as SuiteReport;
    expect(report.fuzz).toEqual({ runs: 2000, seed: 1, failed: false });
    expect(report.failures).toEqual([]);
    // 2,000 reads plus 2,000 sequences of several writes, each checked by reads.
    expect(report.exchanges).toBeGreaterThan(6000);
    expect(
      report.cells.filter((c) => c.check === "resource-availability" && c.status === "passed").length,
    ).toBeGreaterThan(0);
  });
});

describe("--suite full --static-mock", () => {
  it("passes, the checks that need a server that stores reported as skipped, saying why", () => {
    expect(staticFull.code).toBe(0);
    const report = JSON.parse(staticFull.stdout) as SuiteReport;
    expect(report.mock).toBe("static");
    expect(report.failures).toEqual([]);
    const stateful = report.cells.filter((c) => c.check === "use-after-free" || c.check === "resource-availability");
    expect(stateful.length).toBeGreaterThan(0);
    for (const cell of stateful) {
      expect(cell.status).toBe("skipped");
      expect(cell.skipReason).toMatch(/needs a server that stores/);
    }
  });
});
