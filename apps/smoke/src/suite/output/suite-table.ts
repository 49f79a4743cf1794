/** The human report of a suite run: one row per operation, then every failure with its curl. */
import { terminalSafe } from "../../output/terminal-safe.js";
import type { Cell } from "../findings.js";
import type { SuiteReport } from "../report.js";

function summarise(cells: Cell[]): { status: string; detail: string } {
  const failed = cells.filter((c) => c.status === "failed");
  const passed = cells.filter((c) => c.status === "passed");
  const skipped = cells.filter((c) => c.status === "skipped");
  if (failed.length > 0)
    return { status: "failed", detail: failed.map((c) => `${c.check} (${c.findings.length})`).join(", ") };
  const byReason = new Map<string, string[]>();
  for (const c of skipped) byReason.set(c.skipReason ?? "", [...(byReason.get(c.skipReason ?? "") ?? []), c.check]);
  const skipText = [...byReason].map(([reason, checks]) => `${checks.join(", ")} (${reason})`).join("; ");
  const skips = skipText ? `; skipped ${skipText}` : "";
  if (passed.length === 0) return { status: "skipped", detail: skipText };
  return { status: "passed", detail: `${passed.map((c) => c.check).join(", ")}${skips}` };
}

export function formatSuiteTable(report: SuiteReport): string {
  const byOp = new Map<string, Cell[]>();
  for (const cell of report.cells) byOp.set(cell.operation, [...(byOp.get(cell.operation) ?? []), cell]);
  const rows = [...byOp].map(([op, cells]) => ({ op, ...summarise(cells) }));
  const width = Math.max(9, ...rows.map((row) => row.op.length));
  const lines = [
    terminalSafe(
      `Verification suite against ${report.mode === "mock" ? `the ${report.mock ?? "static"} mock at ${report.target}` : report.target}, sandbox ${report.sandbox}`,
    ),
    "",
    `${"OPERATION".padEnd(width)}  STATUS   CHECKS`,
    ...rows.map((row) => terminalSafe(`${row.op.padEnd(width)}  ${row.status.padEnd(7)}  ${row.detail}`)),
  ];
  if (report.failures.length > 0) lines.push("", "Failures:");
  for (const f of report.failures) {
    lines.push(
      terminalSafe(`- ${f.check} · ${f.operation} · ${f.label}: ${f.path}: expected ${f.expected}, got ${f.actual}`),
      ...(f.note ? [terminalSafe(`  ${f.note}`)] : []),
      terminalSafe(`  ${f.curl}`),
    );
  }
  const counts = { passed: 0, failed: 0, skipped: 0 };
  for (const cell of report.cells) counts[cell.status] += 1;
  lines.push("", terminalSafe(`cleanup: ${report.cleanup.detail}`));
  if (report.fuzz)
    lines.push(
      `fuzz: ${report.fuzz.runs} runs, seed ${report.fuzz.seed}${report.fuzz.failed ? ", FAILED" : ", no failure"}`,
    );
  if (report.interrupted) lines.push(`interrupted: ${report.interrupted}`);
  lines.push(
    `${report.ok ? "OK" : "FAILED"}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped (operation x check), ${report.exchanges} requests in ${report.durationMs} ms`,
  );
  return lines.join("\n");
}
