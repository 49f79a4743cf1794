/** Peak memory of a child process, read from /proc/<pid>/status (Linux). */
import { readFileSync } from "node:fs";

/** The peak resident set (VmHWM) of a live process, in bytes; 0 once it has gone. */
export function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Polls a process's peak RSS every `everyMs` until `stop()`; past `killAboveBytes` it kills the
 * process, so a test of a broken client fails quickly instead of eating the machine's memory.
 */
export function watchPeakRss(pid: number, options: { everyMs?: number; killAboveBytes?: number } = {}) {
  let peak = 0;
  const timer = setInterval(() => {
    peak = Math.max(peak, peakRss(pid));
    if (options.killAboveBytes !== undefined && peak > options.killAboveBytes) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }, options.everyMs ?? 10);
  return {
    get peak() {
      return peak;
    },
    /** Takes one last reading and stops polling; returns the peak. */
    stop(): number {
      clearInterval(timer);
      peak = Math.max(peak, peakRss(pid));
      return peak;
    },
  };
}
