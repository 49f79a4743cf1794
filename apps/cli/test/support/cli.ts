/**
 * Runs the built CLI as a subprocess, in a sandbox: HOME and XDG_CONFIG_HOME point at a
 * fresh temp folder and nothing of the caller's environment (ALIST_*) leaks in.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type ChildOutput, childOutput } from "@alist-toolkit/testkit";
import { inject } from "vitest";

export const CLI_PATH = fileURLToPath(new URL("../../dist/alist.js", import.meta.url));

export interface Sandbox {
  dir: string;
  home: string;
  configHome: string;
  /** Where the CLI keeps the saved login. */
  configFile: string;
  remove(): Promise<void>;
}

export async function makeSandbox(): Promise<Sandbox> {
  const dir = await mkdtemp(join(tmpdir(), "alist-cli-test-"));
  // Traversable by the unprivileged user some tests run the CLI as.
  await chmod(dir, 0o755);
  const configHome = join(dir, "config");
  return {
    dir,
    home: join(dir, "home"),
    configHome,
    configFile: join(configHome, "alist-cli", "config.json"),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export type CliResult = ChildOutput;

export interface CliOptions {
  env?: Record<string, string>;
  /** Written to stdin, which is then closed; stdin is empty otherwise. */
  input?: string;
  uid?: number;
  gid?: number;
  /** The working folder (default: the sandbox). */
  cwd?: string;
  /** The CLI bundle to run (default: dist/alist.js); see copyCliInto. */
  cliPath?: string;
}

/**
 * Copies the built CLI (a self-contained bundle) into the sandbox, which is traversable by
 * anyone: a child run as another user may not be able to read the checkout (a clone in a
 * 0700 folder).
 */
export async function copyCliInto(sandbox: Sandbox): Promise<string> {
  const target = join(sandbox.dir, "cli");
  await cp(dirname(CLI_PATH), target, { recursive: true });
  await chmod(target, 0o755);
  return join(target, "alist.js");
}

export function startCli(
  sandbox: Sandbox,
  args: string[],
  options: CliOptions = {},
): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [options.cliPath ?? CLI_PATH, ...args], {
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: sandbox.home,
      XDG_CONFIG_HOME: sandbox.configHome,
      ...options.env,
    },
    cwd: options.cwd ?? sandbox.dir,
    stdio: ["pipe", "pipe", "pipe"],
    ...(options.uid !== undefined ? { uid: options.uid } : {}),
    ...(options.gid !== undefined ? { gid: options.gid } : {}),
  });
  const done = childOutput(child);
  child.stdin?.end(options.input ?? "");
  return { child, done };
}

export function runCli(sandbox: Sandbox, args: string[], options?: CliOptions): Promise<CliResult> {
  return startCli(sandbox, args, options).done;
}

/** Global options that point the CLI at the shared mock, answering with example `name`. */
export function mockArgs(example?: string, token = "mock-token"): string[] {
  return [
    "--server",
    inject("mockUrl"),
    ...(token ? ["--token", token] : []),
    ...(example ? ["-H", `Prefer: example=${example}`] : []),
  ];
}
