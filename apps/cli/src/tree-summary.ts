/**
 * How put -r and get -r end: one summary (a line, or the --json document) of what moved, was
 * skipped or failed, and exit code 4 when anything failed, with the summary carried by the error.
 */
import { PartialFailureError } from "./command-errors.js";
import type { Context } from "./context.js";
import { humanBytes, humanDuration, humanRate } from "./format.js";

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
