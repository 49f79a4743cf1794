/**
 * The progress bar of one transfer (put, get), drawn on stderr only when it is a terminal:
 * cli-progress is loaded only then, and the bar starts once the total is known.
 */
import type { Output } from "./output.js";
import type { ProgressBar } from "./progress.js";

export interface TransferBar {
  report(done: number, total: number | undefined): void;
  stop(): void;
}

export async function transferBar(out: Output): Promise<TransferBar> {
  const progress = out.stderr.isTTY ? await import("./progress.js") : undefined;
  let bar: ProgressBar | undefined;
  return {
    report(done, total) {
      if (!progress || total === undefined) return;
      bar ??= progress.startProgressBar(out.stderr, total);
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}
