/** The human report: a header line, one row per step (step, status, ms, detail), a summary. */
import { type CheckResult, countByStatus, type SmokeReport } from "../report.js";
import { terminalSafe } from "./terminal-safe.js";

const COLUMNS = ["STEP", "STATUS", "MS", "DETAIL"] as const;

function row(cells: string[], widths: number[]): string {
  return cells
    .map((cell, index) => (index === 2 ? cell.padStart(widths[index] ?? 0) : cell.padEnd(widths[index] ?? 0)))
    .join("  ")
    .trimEnd();
}

function cells(check: CheckResult): string[] {
  return [check.step, check.status, String(check.ms), terminalSafe(check.detail)];
}

export function formatTable(report: SmokeReport): string {
  const where =
    report.mode === "mock"
      ? `the ${report.mock === "static" ? "static mock (Prism) of the embedded spec" : "stateful mock"} at ${report.target} (started in ${report.mockStartMs} ms)`
      : report.target;
  const body = report.checks.map(cells);
  const widths = COLUMNS.map((title, index) => Math.max(title.length, ...body.map((line) => line[index]?.length ?? 0)));
  const counts = countByStatus(report.checks);
  const verdict = report.ok ? "OK" : "FAILED";
  return [
    terminalSafe(`Smoke test against ${where}, folder ${report.dir}`),
    "",
    row([...COLUMNS], widths),
    ...body.map((line) => row(line, widths)),
    "",
    `${verdict}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped in ${report.durationMs} ms`,
  ].join("\n");
}
