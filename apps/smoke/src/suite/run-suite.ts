/**
 * One run of the verification suite: every operation of the spec, positive, negative and auth
 * cases, stateful checks, optional fuzzing; always ends by removing its sandbox folder.
 */
import { performance } from "node:perf_hooks";
import { hashPassword } from "@alist-toolkit/client";
import { ContractChecker } from "../contract.js";
import { type Plan, planRun, type SmokeOptions } from "../options.js";
import { redactor } from "../redact.js";
import { loadEmbeddedSpec } from "../spec.js";
import { CHECK_IDS, type CheckId } from "./check-ids.js";
import { Results } from "./findings.js";
import type { FlowContext } from "./flows/context.js";
import { runFs } from "./flows/fs.js";
import { runAuthCases, runNegatives } from "./flows/negatives.js";
import { ACCOUNT_OPERATIONS, runAccount, runLogin, runLogout, runMe, runPublic } from "./flows/public-auth.js";
import { runTasks } from "./flows/tasks.js";
import { templates } from "./flows/templates.js";
import { runFuzz } from "./fuzz/run-fuzz.js";
import { Recorder } from "./record.js";
import type { SuiteReport } from "./report.js";
import { makeSandbox, removeSandbox } from "./sandbox.js";
import { Session } from "./session.js";
import { SpecModel } from "./spec-model.js";
import { liveTarget, STATIC_MOCK_REASON, startDefaultMock, type Target } from "./target.js";

export interface SuiteOptions extends SmokeOptions {
  checks?: CheckId[];
  excludeChecks?: CheckId[];
  allowAccountChanges?: boolean;
  fuzz?: { runs: number; seed: number };
  /** Only fuzz: skip the full suite's cases. */
  fuzzOnly?: boolean;
  record?: string;
  signal?: AbortSignal;
}

const QUEUE_WIDE = new Set(["taskClearDone", "taskClearSucceeded", "taskRetryFailed"]);

function secretsOf(plan: Plan): string[] {
  const c = plan.credentials;
  return "token" in c ? [c.token] : [c.password, hashPassword(c.password)];
}

export async function runSuite(options: SuiteOptions): Promise<SuiteReport> {
  const plan = planRun(options);
  const startedAt = new Date();
  const started = performance.now();
  const spec = loadEmbeddedSpec();
  const model = new SpecModel(spec);
  const enabled = new Set((options.checks ?? CHECK_IDS).filter((id) => !options.excludeChecks?.includes(id)));
  const results = new Results(enabled);
  const target: Target =
    plan.mode === "mock" ? await startDefaultMock(plan.mockKind) : liveTarget(plan.target as string);
  let session: Session | undefined;
  const redact = redactor(() => [...secretsOf(plan), session?.token]);
  session = new Session({
    baseUrl: target.url,
    model,
    contract: new ContractChecker(spec),
    results,
    redact,
    timeoutMs: plan.timeoutMs,
    staticMock: target.kind === "static-mock",
    ...(options.record ? { recorder: new Recorder(options.record, redact) } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  if ("token" in plan.credentials) session.token = plan.credentials.token;
  const sandbox = makeSandbox(plan.dir);
  const ctx: FlowContext = {
    session,
    sandbox,
    stores: target.stores,
    mock: target.kind !== "live",
    statelessReason: `needs a server that stores: ${STATIC_MOCK_REASON}`,
    allowAccountChanges: options.allowAccountChanges === true,
    credentials: "token" in plan.credentials ? undefined : plan.credentials,
    loginBudget: { left: 2 },
    tasks: new Map(),
    offlineTools: [],
  };
  let cleanup = { removed: true, detail: "nothing to clean up: the sandbox folder was not created" };
  let interrupted: string | undefined;
  let fuzzSummary: SuiteReport["fuzz"];
  try {
    if (!options.fuzzOnly) await runPublic(ctx);
    const loggedIn = await runLogin(ctx);
    if (!loggedIn) throw new Error("no token: login failed, nothing else can run");
    const mkdir = await session.call("fsMkdir", {
      label: "positive (the sandbox)",
      intent: "positive",
      body: { path: sandbox.path },
    });
    if ((mkdir.exchange.answer.json as { code?: unknown } | undefined)?.code !== 200) {
      throw new Error(`the sandbox folder ${sandbox.path} could not be created`);
    }
    cleanup = { removed: false, detail: `the sandbox ${sandbox.path} was not removed yet` };
    if (!options.fuzzOnly) {
      const username = await runMe(ctx);
      await runAccount(ctx, username);
      await runFs(ctx);
      await runTasks(ctx);
      await runCaseMatrix(ctx);
    }
    if (options.fuzz) fuzzSummary = await runFuzz(ctx, options.fuzz);
  } catch (error) {
    if (options.signal?.aborted) interrupted = String(options.signal.reason ?? "interrupted");
    else if (!(error instanceof Error && /^(no token|the sandbox)/.test(error.message))) throw error;
    else results.skipped("fsMkdir", "positive-data-acceptance", error.message);
  } finally {
    if (!cleanup.removed || cleanup.detail.startsWith("the sandbox")) {
      cleanup = await removeSandbox(session.detached(), sandbox, target.stores);
    }
    if (!interrupted) await runLogout({ ...ctx, session: session.detached() }).catch(() => undefined);
    await target.stop();
  }
  const order = [...model.operations.keys()];
  const cells = results
    .all(order)
    .map((cell) => ({ ...cell, findings: cell.findings.map((f) => redactFinding(f, redact)) }));
  const failures = cells.flatMap((cell) => cell.findings);
  return {
    kind: "suite",
    mode: plan.mode,
    ...(plan.mockKind ? { mock: plan.mockKind } : {}),
    target: target.url,
    dir: plan.dir,
    sandbox: sandbox.path,
    ok: failures.length === 0 && cleanup.removed && !interrupted,
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    exchanges: session.exchangeCount,
    ...(fuzzSummary ? { fuzz: fuzzSummary } : {}),
    cleanup,
    ...(interrupted ? { interrupted } : {}),
    cells,
    failures,
  };
}

function redactFinding<T extends object>(finding: T, redact: (text: string) => string): T {
  return JSON.parse(redact(JSON.stringify(finding))) as T;
}

/** Negative and auth cases for every operation, from its harmless template. */
async function runCaseMatrix(ctx: FlowContext): Promise<void> {
  const all = templates(ctx.sandbox);
  for (const operationId of ctx.session.config.model.operations.keys()) {
    const template = all[operationId];
    if (!template) {
      ctx.session.skip(
        operationId,
        ["negative-data-rejection", "ignored-auth"],
        "the suite has no request for this operation yet",
      );
      continue;
    }
    if (ACCOUNT_OPERATIONS.includes(operationId) && !ctx.allowAccountChanges) continue;
    if (QUEUE_WIDE.has(operationId) && !ctx.mock) continue;
    if (!ctx.stores) {
      const why = "the static mock (Prism) refuses invalid requests with HTTP 4xx itself, not as the server does";
      ctx.session.skip(operationId, ["negative-data-rejection", "ignored-auth"], why);
      continue;
    }
    await runNegatives(ctx, operationId, template);
    await runAuthCases(ctx, operationId, template);
  }
}
