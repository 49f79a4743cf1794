/**
 * One smoke run: plans it from the options, starts the mock when there is no target, runs
 * the scenario with every answer checked against the embedded spec, and reports.
 */
import { performance } from "node:perf_hooks";
import { type AlistClient, createAlistClient, hashPassword } from "@alist-toolkit/client";
import { Checks } from "./checks.js";
import { REMOVE_OPERATION } from "./cleanup.js";
import { ContractChecker } from "./contract.js";
import { type Plan, planRun, type SmokeOptions } from "./options.js";
import { makeProbe } from "./probe.js";
import { redactor } from "./redact.js";
import type { SmokeReport } from "./report.js";
import { runScenario } from "./scenario.js";
import { loadEmbeddedSpec } from "./spec.js";
import { startDefaultMock, type Target } from "./suite/target.js";

/** Runs the smoke test. Throws `UsageError` for options that cannot make a run. */
export async function runSmoke(options: SmokeOptions = {}): Promise<SmokeReport> {
  const plan = planRun(options);
  const startedAt = new Date();
  const started = performance.now();
  const contract = new ContractChecker(loadEmbeddedSpec());

  const mock: Target | undefined = plan.mode === "mock" ? await startDefaultMock(plan.mockKind) : undefined;
  const mockStartMs = mock?.startMs;
  try {
    let client: AlistClient | undefined;
    // Read at each use: the token from login is hidden as soon as it exists.
    const redact = redactor(() => [...secretsOf(plan), client?.token]);
    const checks = new Checks(contract, redact);
    client = createAlistClient({
      baseUrl: mock?.url ?? (plan.target as string),
      timeoutMs: plan.timeoutMs,
      onAnswer: checks.observe,
      ...("token" in plan.credentials ? { token: plan.credentials.token } : {}),
    });
    await runScenario({
      client,
      checks,
      // Only the static mock stores nothing; the stateful one is checked as a real server is.
      mock: mock !== undefined && !mock.stores,
      dir: plan.dir,
      credentials: plan.credentials,
      probe: makeProbe(plan.dir),
      specHasRemove: contract.hasOperation(REMOVE_OPERATION),
      timeoutMs: plan.timeoutMs,
    });
    const results = checks.results.map((result) => ({
      ...result,
      detail: redact(result.detail),
      ...(result.violations ? { violations: result.violations.map(redact) } : {}),
    }));
    return {
      mode: plan.mode,
      ...(mock ? { mock: mock.stores ? ("stateful" as const) : ("static" as const) } : {}),
      target: client.baseUrl,
      dir: plan.dir,
      ok: results.every((result) => result.status !== "failed"),
      startedAt: startedAt.toISOString(),
      durationMs: Math.round(performance.now() - started),
      ...(mockStartMs !== undefined ? { mockStartMs } : {}),
      checks: results,
    };
  } finally {
    await mock?.stop();
  }
}

function secretsOf(plan: Plan): string[] {
  const { credentials } = plan;
  if ("token" in credentials) return [credentials.token];
  // The hash logs in as well as the password does.
  return [credentials.password, hashPassword(credentials.password)];
}
