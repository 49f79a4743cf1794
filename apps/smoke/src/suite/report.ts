/** What a suite run produces: one cell per operation x check, the failures, and the cleanup. */
import type { Cell, Finding } from "./findings.js";

export interface SuiteReport {
  kind: "suite";
  mode: "mock" | "live";
  /** Which mock, in mock mode. */
  mock?: "stateful" | "static";
  target: string;
  dir: string;
  sandbox: string;
  ok: boolean;
  startedAt: string;
  durationMs: number;
  exchanges: number;
  fuzz?: { runs: number; seed: number; failed: boolean; counterexample?: string };
  cleanup: { removed: boolean; detail: string };
  /** Set when the run was stopped by a signal. */
  interrupted?: string;
  cells: Cell[];
  failures: Finding[];
}
