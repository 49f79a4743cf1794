/** What a run produces: one result per step, in scenario order. */

export const STEPS = [
  "reachable",
  "login",
  "fs/get dir",
  "fs/mkdir",
  "fs/put probe",
  "fs/get probe",
  "fs/list",
  "fs/rename",
  "cleanup",
] as const;
export type StepName = (typeof STEPS)[number];

export type CheckStatus = "passed" | "failed" | "skipped";

export interface CheckResult {
  step: StepName;
  status: CheckStatus;
  /** How long the step took, in whole milliseconds (0 when skipped). */
  ms: number;
  /** One line: what was proven, why it failed, or why it was skipped. */
  detail: string;
  /** Every contract violation seen in the step's answers, one line each. */
  violations?: string[];
}

export interface SmokeReport {
  mode: "mock" | "live";
  /** Which mock, in mock mode: "stateful" (stores, checked as a real server) or "static" (Prism). */
  mock?: "stateful" | "static";
  /** The server's address (for the mock, the address it ran at). */
  target: string;
  /** The folder the probe goes to. */
  dir: string;
  /** True when no check failed (skipped checks do not fail a run). */
  ok: boolean;
  startedAt: string;
  durationMs: number;
  /** How long the mock took to start, in mock mode. */
  mockStartMs?: number;
  checks: CheckResult[];
}

export function countByStatus(checks: CheckResult[]): Record<CheckStatus, number> {
  const counts: Record<CheckStatus, number> = { passed: 0, failed: 0, skipped: 0 };
  for (const check of checks) counts[check.status] += 1;
  return counts;
}
