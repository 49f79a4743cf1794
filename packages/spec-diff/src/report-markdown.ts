// A summary a CI job can post on a review: counts, the changes that matter, the type diff folded.
import type { Change } from "./change.js";
import type { Report } from "./run.js";
import { counts } from "./summary.js";

const MAX_TYPES_DIFF = 40_000;

function cell(text: string): string {
  return text.replaceAll("|", "\\|").replaceAll("\n", " ");
}

function row(c: Change, status: string): string {
  return `| ${c.level} | \`${c.rule}\` | ${cell(c.place)} | ${cell(c.detail)} | ${cell(status)} |`;
}

export function markdownReport(report: Report): string {
  const n = counts(report.changes);
  const icon = report.verdict.pass ? "✅" : "❌";
  const out = [
    `### ${icon} Spec change gate: ${report.base.label} → ${report.head.label}`,
    "",
    `${report.changes.length} changes: **${n.breakingClient} breaking for clients** ` +
      `(${report.verdict.unacknowledged.length} not acknowledged), ${n.breakingServer} breaking for servers, ${n.safe} safe.`,
    "",
  ];
  if (report.changes.length > 0) {
    const reasons = new Map(report.verdict.acknowledged.map((a) => [a.change, a.reason]));
    out.push("| level | rule | place | detail | status |", "| --- | --- | --- | --- | --- |");
    for (const c of report.changes) {
      const status =
        c.level !== "breaking-client"
          ? ""
          : reasons.has(c)
            ? `acknowledged: ${reasons.get(c)}`
            : "**not acknowledged**";
      out.push(row(c, status));
    }
    out.push("");
  }
  if (report.typesDiff) {
    const cut = report.typesDiff.length > MAX_TYPES_DIFF;
    const body = cut
      ? `${report.typesDiff.slice(0, MAX_TYPES_DIFF)}\n... (cut; run pnpm spec:diff for all)`
      : report.typesDiff;
    out.push("<details><summary>Generated types diff</summary>", "", "```diff", body, "```", "", "</details>", "");
  }
  return out.join("\n");
}
