/**
 * Runs the scenario's steps one by one: times each, turns what it threw into one clear line,
 * and fails it when any answer it received broke the contract.
 */
import { performance } from "node:perf_hooks";
import {
  AlistNetworkError,
  AlistProtocolError,
  AlistTimeoutError,
  type AnswerInfo,
  describeError,
} from "@alist-toolkit/client";
import type { ContractChecker } from "./contract.js";
import type { Redact } from "./redact.js";
import type { CheckResult, StepName } from "./report.js";

/** A check that did not hold; its message is the detail shown. */
export class CheckFailure extends Error {
  override name = "CheckFailure";
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly these is the point
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F]/g;

/** One line, with no control characters a server could use to garble a terminal. */
function oneLine(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replace(CONTROL_CHARACTERS, " ")
    .trim();
}

function rawFailure(step: string, error: unknown): string {
  if (error instanceof CheckFailure) return error.message;
  if (error instanceof AlistProtocolError) return `the server answered ${error.reason}`;
  return `${step}: ${describeError(error)}`;
}

/**
 * The one line a failed step shows for what the client (or the check) threw. Secrets are
 * redacted before the text is folded into one line, or a secret with a newline would slip by.
 */
export function describeFailure(step: string, error: unknown, redact: Redact = (text) => text): string {
  return oneLine(redact(rawFailure(step, error)));
}

export class Checks {
  readonly results: CheckResult[] = [];
  private readonly errors = new Map<StepName, unknown>();
  private violations: string[] = [];

  constructor(
    private readonly contract: ContractChecker,
    private readonly redact: Redact = (text) => text,
  ) {}

  /** The client's `onAnswer` hook: every answer is checked against the spec. */
  readonly observe = (answer: AnswerInfo): void => {
    for (const line of this.contract.check(answer.operation, answer.status, answer.body)) {
      this.violations.push(this.redact(`the ${answer.operation} answer breaks the contract: ${line}`));
    }
  };

  async run(step: StepName, action: () => Promise<string>): Promise<CheckResult> {
    this.violations = [];
    const started = performance.now();
    let detail: string;
    let failure: string | undefined;
    try {
      detail = this.redact(await action());
    } catch (error) {
      this.errors.set(step, error);
      failure = describeFailure(step, error, this.redact);
      detail = failure;
    }
    const ms = Math.round(performance.now() - started);
    const violations = this.violations;
    this.violations = [];
    if (violations.length > 0) {
      const more = violations.length > 1 ? ` (+${violations.length - 1} more)` : "";
      const lines = [failure, `${violations[0]}${more}`].filter((line): line is string => line !== undefined);
      return this.record({ step, status: "failed", ms, detail: lines.join("; "), violations });
    }
    return this.record({ step, status: failure === undefined ? "passed" : "failed", ms, detail });
  }

  skip(step: StepName, reason: string): CheckResult {
    return this.record({ step, status: "skipped", ms: 0, detail: reason });
  }

  passed(step: StepName): boolean {
    return this.results.some((result) => result.step === step && result.status === "passed");
  }

  /** True when the step failed because nothing answered (refused, reset, DNS, timeout). */
  unreachable(step: StepName): boolean {
    const error = this.errors.get(step);
    return error instanceof AlistNetworkError || error instanceof AlistTimeoutError;
  }

  private record(result: CheckResult): CheckResult {
    this.results.push(result);
    return result;
  }
}
