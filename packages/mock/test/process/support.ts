/** Runs the built CLI as a separate process, as `pnpm mock` does. */
import { type ChildProcess, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

/** Resolves with the output so far once `pattern` shows on stdout. */
/** Waits for the CLI's "listening on URL" line and returns the port it names. */
export async function listeningPort(child: ChildProcess, timeoutMs?: number): Promise<number> {
  const out = await waitFor(child, /listening on http:\/\/127\.0\.0\.1:\d+/, timeoutMs);
  return Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
}

export function waitFor(child: ChildProcess, pattern: RegExp, timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = "";
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${out}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (pattern.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited (${code}) before ${pattern}:\n${out}`));
    });
  });
}

export async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/ping`, { signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/** Polls until nothing answers on the port (true) or the time is up (false). */
export async function closes(port: number, timeoutMs = 5000): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (!(await listening(port))) return true;
    await new Promise((done) => setTimeout(done, 100));
  }
  return false;
}

/** Starts the CLI on a port the OS picks (`--port 0`): no other process can take it first. */
export function startCli(args: string[], wrap = false): ChildProcess {
  const command = [process.execPath, CLI, "--port", "0", ...args];
  // `wrap`: under a shell that stays (as pnpm -> sh -> node does).
  return wrap
    ? spawn("sh", ["-c", `${command.map((part) => `'${part}'`).join(" ")}; true`], { stdio: "pipe" })
    : spawn(command[0] as string, command.slice(1), { stdio: "pipe" });
}

/** Peak resident memory of a process in bytes (VmHWM from /proc). */
export function peakRss(pid: number): number {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return Number(match?.[1] ?? 0) * 1024;
}
