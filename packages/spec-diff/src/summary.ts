import type { Change } from "./change.js";
import type { Report } from "./run.js";

export function counts(changes: Change[]) {
  return {
    breakingClient: changes.filter((c) => c.level === "breaking-client").length,
    breakingServer: changes.filter((c) => c.level === "breaking-server").length,
    safe: changes.filter((c) => c.level === "safe").length,
  };
}

/** The one line a passing gate prints. */
export function summaryLine(report: Report): string {
  const n = counts(report.changes);
  const total = report.changes.length;
  const verdict = report.verdict.pass ? "ok" : "FAILED";
  const acknowledged = report.verdict.acknowledged.length;
  const ack = acknowledged > 0 ? ` (${acknowledged} acknowledged)` : "";
  return (
    `spec gate ${verdict}: ${total} change${total === 1 ? "" : "s"} from ${report.base.label} (${report.base.why}) ` +
    `to ${report.head.label}: ${n.breakingClient} breaking for clients${ack}, ${n.breakingServer} for servers, ${n.safe} safe`
  );
}
