/**
 * Each check id can fail: for every check a fake server that breaks exactly that rule, and the
 * suite (only that check selected) reports it failed; the same fake unbroken passes it.
 */
import { afterAll, describe, expect, it } from "vitest";
import { CHECK_IDS, type CheckId } from "../src/suite/check-ids.js";
import { runSuite } from "../src/suite/run-suite.js";
import { contractFake, FAKE_TOKEN } from "./support/contract-fake.js";

const servers: Array<{ close(): Promise<void> }> = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

/** The operation each broken fake breaks (the control must pass the check there). */
const BROKEN_AT: Record<CheckId, string> = {
  "not-a-server-error": "fsGet",
  "code-conformance": "fsGet",
  "content-type-conformance": "fsGet",
  "response-schema-conformance": "fsGet",
  "negative-data-rejection": "fsMkdir",
  "positive-data-acceptance": "fsRename",
  "use-after-free": "fsRemove",
  "resource-availability": "fsPut",
  "ignored-auth": "fsGet",
};

async function statusOf(check: CheckId, broken?: CheckId) {
  const server = await contractFake(broken);
  servers.push(server);
  const report = await runSuite({ target: server.url, dir: "/local", token: FAKE_TOKEN, checks: [check] });
  const cells = report.cells.filter((cell) => cell.check === check);
  return { report, cells, server, failed: cells.filter((cell) => cell.status === "failed") };
}

describe("every check id is able to fail", () => {
  for (const check of CHECK_IDS) {
    it(`${check}: fails against a server that breaks it, passes against one that does not`, async () => {
      const broken = await statusOf(check, check);
      expect(broken.failed.map((cell) => cell.operation)).toContain(BROKEN_AT[check]);
      for (const finding of broken.failed.flatMap((cell) => cell.findings)) {
        expect(finding.check).toBe(check);
        expect(finding.curl).toMatch(/^curl /);
        expect(finding.curl).not.toContain(FAKE_TOKEN);
      }
      expect(broken.report.ok).toBe(false);
      const control = await statusOf(check);
      const there = control.cells.find((cell) => cell.operation === BROKEN_AT[check]);
      expect({ status: there?.status, findings: there?.findings }).toEqual({ status: "passed", findings: [] });
      // Whatever happened, the sandbox is gone.
      expect([...control.server.folders].filter((f) => f.includes(".alist-contract-"))).toEqual([]);
    });
  }
});
