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

export interface JunitDocument {
  /** The testsuites' name, e.g. `alist-smoke`. */
  name: string;
  /** The one testsuite's name. */
  suite: string;
  tests: number;
  failures: number;
  skipped: number;
  durationMs: number;
  startedAt: string;
  properties: Array<[string, string]>;
  /** The testcase elements, already rendered. */
  cases: string[];
}

/** The frame every report shares: testsuites, one testsuite with its totals and properties. */
export function junitDocument(doc: JunitDocument): string {
  const time = seconds(doc.durationMs);
  const totals = `tests="${doc.tests}" failures="${doc.failures}" errors="0" skipped="${doc.skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${escapeXml(doc.name)}" ${totals} time="${time}">`,
    `  <testsuite name="${escapeXml(doc.suite)}" ${totals} time="${time}" timestamp="${doc.startedAt}">`,
    "    <properties>",
    ...doc.properties.map(([name, value]) => `      <property name="${escapeXml(name)}" value="${escapeXml(value)}"/>`),
    "    </properties>",
    ...doc.cases,
    "  </testsuite>",
    "</testsuites>",
    "",
  ].join("\n");
}

export function formatJunit(report: SmokeReport): string {
  const counts = countByStatus(report.checks);
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
  return junitDocument({
    name: "alist-smoke",
    suite: `alist-smoke (${report.mode})`,
    tests: report.checks.length,
    failures: counts.failed,
    skipped: counts.skipped,
    durationMs: report.durationMs,
    startedAt: report.startedAt,
    properties: [
      ["target", report.target],
      ["dir", report.dir],
    ],
    cases,
  });
}
