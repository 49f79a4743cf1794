/** JUnit XML of a suite run: one testcase per operation x check. */
import { escapeXml, junitDocument } from "../../output/junit.js";
import type { SuiteReport } from "../report.js";

export function formatSuiteJunit(report: SuiteReport): string {
  const failures = report.cells.filter((c) => c.status === "failed").length;
  const skipped = report.cells.filter((c) => c.status === "skipped").length;
  const cases = report.cells.map((cell) => {
    const open = `    <testcase classname="alist-contract.${escapeXml(cell.operation)}" name="${escapeXml(cell.check)}" time="0">`;
    if (cell.status === "failed") {
      const first = cell.findings[0];
      const message = first
        ? `${first.label}: ${first.path}: expected ${first.expected}, got ${first.actual}`
        : "failed";
      const text = cell.findings
        .map(
          (f) =>
            `${f.label}: ${f.path}: expected ${f.expected}, got ${f.actual}${f.note ? `\n${f.note}` : ""}\n${f.curl}`,
        )
        .join("\n\n");
      return `${open}\n      <failure message="${escapeXml(message)}" type="${escapeXml(cell.check)}">${escapeXml(text)}</failure>\n    </testcase>`;
    }
    if (cell.status === "skipped")
      return `${open}\n      <skipped message="${escapeXml(cell.skipReason ?? "")}"/>\n    </testcase>`;
    return `${open}</testcase>`;
  });
  return junitDocument({
    name: "alist-contract",
    suite: `alist-contract (${report.mode})`,
    tests: report.cells.length,
    failures,
    skipped,
    durationMs: report.durationMs,
    startedAt: report.startedAt,
    properties: [
      ["target", report.target],
      ["sandbox", report.sandbox],
      ["cleanup", report.cleanup.detail],
    ],
    cases,
  });
}
