/**
 * What put -r and get -r share: how many calls run at once, the stop at the first
 * authentication failure, the progress and failure lines while the files move, and the end:
 * one summary (a line, or the --json document) of what moved, was skipped or failed, and exit
 * code 4 when anything failed, with the summary carried by the error.
 */
import { AlistError } from "@alist-toolkit/client";
import pLimit, { type LimitFunction } from "p-limit";
import { PartialFailureError } from "./command-errors.js";
import type { Context } from "./context.js";
import { describeFailure } from "./failure-report.js";
import { humanBytes, humanDuration, humanRate } from "./format.js";
import { printable } from "./printable.js";
import type { TreeProgress } from "./progress.js";

/**
 * JSON calls (listings, mkdir) in flight at most, whatever --jobs says: each answer may be as
 * big as the client's JSON cap (16 MiB), so a wide tree with many jobs against a server that
 * pads them would hold hundreds of MB at once.
 */
const JSON_CALLS_AT_ONCE = 2;

export interface TreeRunControl {
  /** The command's signal, also aborted by the first authentication failure. */
  signal: AbortSignal;
  /** For the file transfers: --jobs at a time. */
  limit: LimitFunction;
  /** For the JSON calls. */
  calls: LimitFunction;
  /**
   * The line for a failed entry: the failure's message, without the `what: ` it may start
   * with. Undefined when nothing is to be said: the run was stopped, or this is an
   * authentication failure, which stops it (every other call would fail too).
   */
  failure(error: unknown, what: string): string | undefined;
  /** Between phases and at the end: throws the authentication failure, or the interruption. */
  throwIfStopped(): void;
}

export function startTreeRun(context: Context, jobs: number, server: string): TreeRunControl {
  const stopAll = new AbortController();
  const signal = AbortSignal.any([context.signal, stopAll.signal]);
  let fatal: unknown;
  return {
    signal,
    limit: pLimit(jobs),
    calls: pLimit(Math.min(jobs, JSON_CALLS_AT_ONCE)),
    failure(error, what) {
      if (signal.aborted) return undefined;
      if (error instanceof AlistError && error.isAuthError) {
        fatal = error;
        stopAll.abort(error);
        return undefined;
      }
      const { message } = describeFailure(error, { what, server });
      return message.startsWith(`${what}: `) ? message.slice(what.length + 2) : message;
    },
    throwIfStopped() {
      if (fatal) throw fatal;
      // Ctrl-C: the runner reports the interruption.
      context.signal.throwIfAborted();
    },
  };
}

export interface TreeLines {
  /** The bars, on a terminal only. */
  progress: TreeProgress | undefined;
  /** One line on stderr (above the bars when they show), escaped. */
  say(message: string): void;
}

/** Bars for `files` files of `bytes` in all when stderr is a terminal, and the way to print a line beside them. */
export async function startTreeLines(context: Context, bytes: number, files: number): Promise<TreeLines> {
  const progress = context.out.stderr.isTTY
    ? (await import("./progress.js")).startTreeProgress(context.out.stderr, bytes, files)
    : undefined;
  return {
    progress,
    say(message) {
      const line = `${context.out.errorStyle.red("alist:")} ${printable(message)}`;
      if (progress) progress.log(line);
      else context.out.stderr.write(`${line}\n`);
    },
  };
}

interface TreeEntry {
  status: string;
  /** Bytes moved, or the size of a skipped file. */
  size?: number;
}

export interface TreeRun<E extends TreeEntry> {
  /** The status of an entry that moved, and the summary's key for their count. */
  moved: "uploaded" | "downloaded";
  /** The two ends, in the order the summary lists them (the source first). */
  ends: { local: string; remote: string };
  results: E[];
  createdFolders: string[];
  /** performance.now() when the run began. */
  started: number;
  /** What the failure line counts: "files", or "entries" when folders can fail too. */
  noun: string;
}

export function reportTree<E extends TreeEntry>(context: Context, run: TreeRun<E>): void {
  const { moved, results } = run;
  const count = (status: string) => results.filter((result) => result.status === status).length;
  const bytes = results
    .filter((result) => result.status === moved)
    .reduce((sum, result) => sum + (result.size ?? 0), 0);
  const seconds = Math.round(performance.now() - run.started) / 1000;
  const summary = {
    ...run.ends,
    [moved]: count(moved),
    skipped: count("skipped"),
    failed: count("failed"),
    bytes,
    seconds,
    createdFolders: run.createdFolders,
    files: results,
  };
  const line =
    `${moved} ${count(moved)}, skipped ${summary.skipped}, failed ${summary.failed}, ` +
    `${humanBytes(bytes)} (${bytes} bytes) in ${humanDuration(seconds)}, ${humanRate(bytes, seconds)}`;
  // With --json a failed run's summary goes out with the error, as one document.
  if (summary.failed === 0 || !context.out.json) context.out.data(summary, () => line);
  if (summary.failed === 0) return;
  throw new PartialFailureError(`${summary.failed} of ${results.length} ${run.noun} failed`, summary);
}
