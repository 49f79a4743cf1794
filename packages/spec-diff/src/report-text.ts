import { ALLOW_LIST } from "./acknowledge.js";
import type { Change } from "./change.js";
import type { Report } from "./run.js";
import { summaryLine } from "./summary.js";

function line(c: Change, note = ""): string {
  const detail = c.detail ? `  ${c.detail}` : "";
  return `  ${c.level.padEnd(15)} ${c.rule.padEnd(34)} ${c.place}${detail}${note}\n${" ".repeat(19)}${c.affects}`;
}

/** The full report: every change, the type diff, and how to acknowledge what fails. */
export function textReport(report: Report): string {
  const out: string[] = [summaryLine(report), ""];
  const reasons = new Map(report.verdict.acknowledged.map((a) => [a.change, a.reason]));
  for (const c of report.changes) {
    const reason = reasons.get(c);
    out.push(line(c, reason ? `  [acknowledged: ${reason}]` : ""));
  }
  if (report.changes.length === 0) out.push("  no changes that the rules rate");
  if (report.typesDiff !== null) {
    out.push("", "Generated types (packages/client/src/generated/schema.ts):");
    out.push(report.typesDiff === "" ? "  unchanged" : report.typesDiff);
  }
  if (report.verdict.unacknowledged.length > 0) {
    out.push(
      "",
      `${report.verdict.unacknowledged.length} client-breaking change(s) not acknowledged. Either bump the major version`,
      "of packages/client/package.json (below 1.0: the minor), or list each change with a reason in",
      `${ALLOW_LIST}:`,
      "",
      "acknowledged:",
    );
    for (const c of report.verdict.unacknowledged)
      out.push(
        `  - rule: ${c.rule}`,
        `    place: ${JSON.stringify(c.place)}`,
        "    reason: <why this break is wanted>",
      );
  }
  return `${out.join("\n")}\n`;
}
