/** The upload progress bar (stderr, terminals only): bytes, percent, speed and ETA. */
import cliProgress from "cli-progress";
import { humanBytes, humanRate } from "./format.js";
import type { Stream } from "./output.js";

export interface ProgressBar {
  update(sent: number): void;
  stop(): void;
}

export function startProgressBar(stream: Stream, total: number): ProgressBar {
  const bar = new cliProgress.SingleBar({
    stream,
    format: "{bar} {percentage}% | {sentText} / {totalText} | {speed} | ETA {eta_formatted}",
    barsize: 30,
    hideCursor: true,
    etaBuffer: 50,
    fps: 10,
    barCompleteChar: "#",
    barIncompleteChar: "-",
  });
  const started = performance.now();
  const payload = (sent: number) => ({
    sentText: humanBytes(sent),
    totalText: humanBytes(total),
    speed: humanRate(sent, (performance.now() - started) / 1000),
  });
  bar.start(total, 0, payload(0));
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    bar.stop();
  };
  // An exit that skips the caller's cleanup (a second Ctrl-C) must still give the cursor back.
  process.once("exit", stop);
  return { update: (sent) => bar.update(sent, payload(sent)), stop };
}
