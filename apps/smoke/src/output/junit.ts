/** JUnit XML, which CI systems read: one testsuite, one testcase per step. */
import { countByStatus, type SmokeReport } from "../report.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly these is the point
const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML and drops the control characters XML 1.0 cannot carry. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_IN_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function formatJunit(report: SmokeReport): string {
  const counts = countByStatus(report.checks);
  const suite = `alist-smoke (${report.mode})`;
  const className = `alist-smoke.${report.mode}`;
  const cases = report.checks.map((check) => {
    const open = `    <testcase classname="${className}" name="${escapeXml(check.step)}" time="${seconds(check.ms)}"`;
    const message = escapeXml(check.detail);
    if (check.status === "failed") {
      const text = escapeXml([check.detail, ...(check.violations ?? [])].join("\n"));
      return `${open}>\n      <failure message="${message}" type="failed">${text}</failure>\n    </testcase>`;
    }
    if (check.status === "skipped") return `${open}>\n      <skipped message="${message}"/>\n    </testcase>`;
    return `${open}>\n      <system-out>${message}</system-out>\n    </testcase>`;
  });
  const totals = `tests="${report.checks.length}" failures="${counts.failed}" errors="0" skipped="${counts.skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="alist-smoke" ${totals} time="${seconds(report.durationMs)}">`,
    `  <testsuite name="${escapeXml(suite)}" ${totals} time="${seconds(report.durationMs)}" timestamp="${report.startedAt}">`,
    "    <properties>",
    `      <property name="target" value="${escapeXml(report.target)}"/>`,
    `      <property name="dir" value="${escapeXml(report.dir)}"/>`,
    "    </properties>",
    ...cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}
