import type { Report } from "./run.js";
import { counts } from "./summary.js";

export function jsonReport(report: Report): string {
  const { verdict } = report;
  return `${JSON.stringify(
    {
      base: report.base,
      head: report.head,
      pass: verdict.pass,
      summary: counts(report.changes),
      changes: report.changes,
      acknowledged: verdict.acknowledged.map((a) => ({ rule: a.change.rule, place: a.change.place, reason: a.reason })),
      unacknowledged: verdict.unacknowledged.map((c) => ({ rule: c.rule, place: c.place })),
      unusedAcknowledgements: verdict.unused,
      clientVersion: verdict.versionBump,
      typesDiff: report.typesDiff,
    },
    null,
    2,
  )}\n`;
}
