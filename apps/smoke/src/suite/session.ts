/**
 * Sends the suite's requests and judges each answer: every answer gets the per-answer checks
 * and its case's intent check; results go to `Results`, exchanges to the recorder.
 */
import { performance } from "node:perf_hooks";
import type { ContractChecker } from "../contract.js";
import type { Redact } from "../redact.js";
import type { CheckId } from "./check-ids.js";
import { curlCommand } from "./curl.js";
import type { Exchange, Intent, SentRequest } from "./exchange.js";
import type { Finding, Results } from "./findings.js";
import { send } from "./http.js";
import { judgeAnswer, judgeIntent, type Verdict } from "./judge.js";
import type { Recorder } from "./record.js";
import type { SpecModel } from "./spec-model.js";

/** Sent instead of a real token in the bad-token cases. */
export const BAD_TOKEN = "alist-contract-invalid-token";

export interface CaseRequest {
  label: string;
  intent: Intent;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  auth?: "token" | "bad" | "none";
  /** Fuzzing: failures are returned, not stored (only the shrunk counterexample is reported). */
  quiet?: boolean;
  note?: string;
}

export interface Outcome {
  exchange: Exchange;
  failures: Finding[];
}

export interface SessionConfig {
  baseUrl: string;
  model: SpecModel;
  contract: ContractChecker;
  results: Results;
  redact: Redact;
  timeoutMs: number;
  /** The static mock answers the spec's examples; `Prefer` picks a success for positive cases. */
  staticMock: boolean;
  recorder?: Recorder;
  signal?: AbortSignal;
}

export class Session {
  token: string | undefined;

  /** `counter` is shared with detached copies, so exchange numbers stay unique. */
  constructor(
    readonly config: SessionConfig,
    private readonly counter = { sent: 0 },
  ) {}

  /** The same session without the run's abort signal: cleanup still runs after Ctrl-C. */
  detached(): Session {
    const { signal: _dropped, ...config } = this.config;
    const copy = new Session(config, this.counter);
    copy.token = this.token;
    return copy;
  }

  get exchangeCount(): number {
    return this.counter.sent;
  }

  get results(): Results {
    return this.config.results;
  }

  buildRequest(operationId: string, c: CaseRequest): SentRequest {
    const op = this.config.model.get(operationId);
    let path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(c.params?.[name] ?? ""));
    const query = new URLSearchParams(c.query ?? {}).toString();
    if (query) path += `?${query}`;
    const headers: Record<string, string> = { ...(c.headers ?? {}) };
    const auth = c.auth ?? "token";
    if (auth === "bad") headers.Authorization = BAD_TOKEN;
    else if (auth === "token" && this.token && !op.isPublic) headers.Authorization = this.token;
    const wantsSuccess = c.intent === "positive" || c.intent === "answer" || c.intent === "present";
    if (this.config.staticMock && wantsSuccess && op.successExample) headers.Prefer = `example=${op.successExample}`;
    return {
      method: op.method,
      path,
      headers,
      ...(c.body !== undefined ? { body: c.body } : {}),
      ...(c.rawBody !== undefined ? { rawBody: c.rawBody } : {}),
    };
  }

  async call(operationId: string, c: CaseRequest): Promise<Outcome> {
    const op = this.config.model.get(operationId);
    const request = this.buildRequest(operationId, c);
    const started = performance.now();
    const answer = await send(this.config.baseUrl, request, this.config.timeoutMs, this.config.signal);
    this.counter.sent += 1;
    const exchange: Exchange = {
      seq: this.counter.sent,
      operationId,
      label: c.label,
      intent: c.intent,
      request,
      answer,
      auth: request.headers.Authorization === undefined ? "none" : c.auth === "bad" ? "bad" : "token",
      ms: Math.round(performance.now() - started),
    };
    this.config.recorder?.write(exchange);
    const verdicts = judgeAnswer(op, exchange, this.config.contract);
    const intent = judgeIntent(op, exchange);
    if (intent) verdicts.push(intent);
    return { exchange, failures: this.store(exchange, verdicts, c) };
  }

  /** A stateful check decided by the caller (e.g. the new name is in the listing). */
  assert(
    exchange: Exchange,
    check: CheckId,
    problem?: Verdict["problem"],
    options: { operation?: string; quiet?: boolean; note?: string } = {},
  ): Finding[] {
    const { quiet, note, operation } = options;
    return this.store(exchange, [{ check, problem }], { label: exchange.label, quiet, note, operation });
  }

  skip(operationId: string, checks: CheckId[], reason: string): void {
    for (const check of checks) this.results.skipped(operationId, check, reason);
  }

  private store(
    exchange: Exchange,
    verdicts: Verdict[],
    c: Pick<CaseRequest, "label" | "quiet" | "note"> & { operation?: string | undefined },
  ): Finding[] {
    const failures: Finding[] = [];
    const operation = c.operation ?? exchange.operationId;
    for (const verdict of verdicts) {
      if (!this.results.isEnabled(verdict.check)) continue;
      const finding = verdict.problem
        ? {
            check: verdict.check,
            operation,
            label: c.label,
            ...verdict.problem,
            curl: curlCommand(this.config.baseUrl, exchange),
            ...(c.note ? { note: c.note } : {}),
          }
        : undefined;
      if (finding) failures.push(finding);
      if (!c.quiet || !finding) this.results.evaluated(operation, verdict.check, c.quiet ? undefined : finding);
    }
    return failures;
  }
}
