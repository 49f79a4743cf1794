/** Progress bars (stderr, terminals only): one transfer with bytes, percent, speed and ETA; a tree upload. */
import cliProgress from "cli-progress";
import { humanBytes, humanRate } from "./format.js";
import type { Stream } from "./output.js";
import { printable } from "./printable.js";

export interface ProgressBar {
  update(sent: number): void;
  stop(): void;
}

const STYLE = { hideCursor: true, fps: 10, barCompleteChar: "#", barIncompleteChar: "-" };

/**
 * `stop` made safe to call twice, and called on exit too: an exit that skips the caller's
 * cleanup (a second Ctrl-C) must still give the cursor back.
 */
function stopOnExit(stopBars: () => void): () => void {
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    stopBars();
  };
  process.once("exit", stop);
  return stop;
}

export function startProgressBar(stream: Stream, total: number): ProgressBar {
  const bar = new cliProgress.SingleBar({
    ...STYLE,
    stream,
    format: "{bar} {percentage}% | {sentText} / {totalText} | {speed} | ETA {eta_formatted}",
    barsize: 30,
    etaBuffer: 50,
  });
  const started = performance.now();
  const payload = (sent: number) => ({
    sentText: humanBytes(sent),
    totalText: humanBytes(total),
    speed: humanRate(sent, (performance.now() - started) / 1000),
  });
  bar.start(total, 0, payload(0));
  return { update: (sent) => bar.update(sent, payload(sent)), stop: stopOnExit(() => bar.stop()) };
}

export interface TreeProgress {
  /** A bar for one file while it is sent; `done` takes it away. */
  file(label: string, size: number): { update(sent: number): void; done(sent: boolean): void };
  /** A line above the bars (a failed file). */
  log(line: string): void;
  stop(): void;
}

/**
 * For put -r: an overall bar (bytes and files) and one bar per file being sent. Only drawn
 * on a terminal; the caller never starts it otherwise.
 */
export function startTreeProgress(stream: Stream, totalBytes: number, totalFiles: number): TreeProgress {
  const multibar = new cliProgress.MultiBar({
    ...STYLE,
    stream,
    format: "{bar} {percentage}% | {label}",
    // Shorter than the single bar: the overall label is longer, and lines must fit 80 columns.
    barsize: 20,
  });
  const started = performance.now();
  let bytes = 0;
  let files = 0;
  const overallLabel = () =>
    `${files}/${totalFiles} files | ${humanBytes(bytes)} / ${humanBytes(totalBytes)} | ` +
    humanRate(bytes, (performance.now() - started) / 1000);
  // A bar's total must not be 0, or it never shows progress.
  const overall = multibar.create(Math.max(totalBytes, 1), 0, { label: overallLabel() });
  const stop = stopOnExit(() => multibar.stop());
  return {
    file(label, size) {
      const bar = multibar.create(Math.max(size, 1), 0, { label: printable(label) });
      let last = 0;
      return {
        update(sent) {
          bytes += sent - last;
          last = sent;
          bar.update(sent);
          overall.update(bytes, { label: overallLabel() });
        },
        done(sent) {
          // A file that failed gives its bytes back: the overall bar counts what arrived.
          if (!sent) bytes -= last;
          files += 1;
          multibar.remove(bar);
          overall.update(bytes, { label: overallLabel() });
        },
      };
    },
    log: (line) => multibar.log(`${line}\n`),
    stop,
  };
}
