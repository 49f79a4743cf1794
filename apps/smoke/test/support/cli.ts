/** Runs the built `alist-smoke` as a subprocess, with no ALIST_* variables unless given. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type ChildOutput, childOutput } from "@alist-toolkit/testkit";

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));

export type CliResult = ChildOutput;

export function runCli(args: string[], options: { stdin?: string; env?: Record<string, string> } = {}) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("ALIST_")));
  const child = spawn(process.execPath, [CLI, ...args], {
    env: { ...env, ...options.env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const done = childOutput(child);
  child.stdin.end(options.stdin ?? "");
  return done;
}

/** The rows of the human table, by step name. */
export function tableRows(stdout: string): Map<string, { status: string; ms: number; detail: string }> {
  const rows = new Map<string, { status: string; ms: number; detail: string }>();
  for (const line of stdout.split("\n")) {
    const match =
      /^(reachable|login|fs\/get dir|fs\/mkdir|fs\/put probe|fs\/get probe|fs\/list|fs\/rename|cleanup)\s+(\w+)\s+(\d+)\s+(.*)$/.exec(
        line,
      );
    if (match)
      rows.set(match[1] as string, { status: match[2] as string, ms: Number(match[3]), detail: match[4] as string });
  }
  return rows;
}

/** The statuses of a run's checks in order, as one string: "passed skipped ...". */
export function statuses(checks: Iterable<{ status: string }>): string {
  return [...checks].map((check) => check.status).join(" ");
}
