/**
 * The processes above this one, so the mock can stop when any of them goes. `npx pnpm mock`
 * runs npm -> sh -> pnpm -> sh -> node, and killing npm leaves pnpm (and so the mock's own
 * parent) running: watching only the parent would keep the port taken.
 */
import { readFileSync } from "node:fs";

/** The parent's pid from /proc/<pid>/stat (after the command name, which may hold spaces). */
function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ppid = Number(fields[1]);
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined;
  } catch {
    return undefined;
  }
}

/** This process's ancestors below init, nearest first; just the parent where /proc is missing. */
export function ancestors(): number[] {
  const chain: number[] = [];
  for (let pid = parentOf(process.pid) ?? process.ppid; pid > 1 && chain.length < 16; ) {
    chain.push(pid);
    const next = parentOf(pid);
    if (next === undefined) break;
    pid = next;
  }
  return chain;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

// Taken when this module loads, before the mock says it listens: a caller that kills an
// ancestor as soon as it reads that line must not find the chain already cut.
const atStart = { chain: ancestors(), parent: process.ppid };

/** Calls `onGone` once, when any ancestor seen at start-up has exited (checked every `everyMs`). */
export function watchAncestors(onGone: () => void, everyMs = 300): void {
  const { chain: watched, parent } = atStart;
  const timer = setInterval(() => {
    if (process.ppid !== parent || !watched.every(alive)) {
      clearInterval(timer);
      onGone();
    }
  }, everyMs);
  timer.unref();
}
