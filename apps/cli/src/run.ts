/**
 * Runs one command: builds its context, turns Ctrl-C (and SIGTERM, SIGHUP) into an abort,
 * prints the result or the failure, and exits with the documented code. Loaded only when a
 * command runs.
 */
import { AlistNetworkError, AlistProtocolError, AlistTimeoutError } from "@alist-toolkit/client";
import { InterruptedError, NotLoggedInError, type StopSignal } from "./command-errors.js";
import { type Context, createContext, type GlobalOptions } from "./context.js";
import { EXIT } from "./exit-codes.js";
import { describeFailure, type FailureScene, withoutApiSuffix } from "./failure-report.js";
import { createOutput, type Output } from "./output.js";
import { printable } from "./printable.js";

/** How long an interrupted command may take to unwind before the process exits anyway. */
const INTERRUPT_GRACE_MS = 700;

/** Each stops the command as Ctrl-C does: temp files removed, requests aborted. */
const STOP_SIGNALS: StopSignal[] = ["SIGINT", "SIGTERM", "SIGHUP"];

export type CommandBody = (context: Context, scene: FailureScene) => Promise<void>;

function report(out: Output, error: unknown, scene: FailureScene, verbose: boolean): number {
  const failure = describeFailure(error, scene);
  // The line quotes the server's message and the user's arguments: one printable line, whatever they hold.
  out.stderr.write(`${out.errorStyle.red("alist:")} ${printable(failure.message)}\n`);
  if (verbose && error instanceof Error && error.stack) out.stderr.write(`${error.stack}\n`);
  if (out.json) {
    const { kind, message, code, result } = failure;
    const error = { kind, message, ...(code !== undefined ? { code } : {}) };
    // One document on stdout: a command's partial result carries its error.
    out.stdout.write(`${JSON.stringify(result ? { ...result, error } : { error }, null, result ? 2 : undefined)}\n`);
  }
  return failure.exitCode;
}

/**
 * A missing login on a server that is not there at all (or at a URL ending in /api, which
 * misses every route): that is the news, not the login.
 */
async function unreachableFirst(error: unknown, scene: FailureScene): Promise<unknown> {
  if (!(error instanceof NotLoggedInError && error.probe)) return error;
  try {
    await error.probe();
  } catch (failure) {
    if (failure instanceof AlistNetworkError || failure instanceof AlistTimeoutError) return failure;
    if (failure instanceof AlistProtocolError && withoutApiSuffix(scene.server)) return failure;
  }
  return error;
}

export async function runCommand(options: GlobalOptions, what: string, body: CommandBody): Promise<never> {
  const out = createOutput({
    json: Boolean(options.json),
    verbose: Boolean(options.verbose),
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
  });
  const scene: FailureScene = { what };
  const controller = new AbortController();
  let reported = false;
  const stopped = () => controller.signal.reason as InterruptedError;
  const finish = (error?: unknown): never => {
    if (reported) process.exit(describeFailure(stopped(), scene).exitCode);
    reported = true;
    process.exit(error === undefined ? EXIT.ok : report(out, error, scene, Boolean(options.verbose)));
  };

  for (const signal of STOP_SIGNALS) {
    process.on(signal, () => {
      // A second signal, or a command that does not unwind in time, ends the process at once.
      if (controller.signal.aborted) finish(stopped());
      // After a hang-up the terminal is gone: writing the last line may fail, which must not crash.
      if (signal === "SIGHUP") for (const stream of [process.stdout, process.stderr]) stream.on("error", () => {});
      controller.abort(new InterruptedError(signal));
      setTimeout(() => finish(stopped()), INTERRUPT_GRACE_MS).unref();
    });
  }

  try {
    const context = createContext({
      options,
      out,
      env: process.env,
      stdin: process.stdin,
      signal: controller.signal,
      scene,
    });
    await body(context, scene);
  } catch (error) {
    // Whatever an aborted command threw on its way out, the cause was the signal.
    finish(controller.signal.aborted ? stopped() : await unreachableFirst(error, scene));
  }
  return finish();
}
