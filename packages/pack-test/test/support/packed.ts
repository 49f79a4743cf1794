/**
 * A fresh project outside the workspace with every published package installed from its packed
 * tarball by plain npm, as a user of the registry would have them.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";

export const WORKSPACE = fileURLToPath(new URL("../../../..", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../../fixtures/consumer", import.meta.url));

/** Every package a user installs, by the folder it lives in. */
export const PUBLISHED = {
  "@alist-toolkit/client": "packages/client",
  "@alist-toolkit/mock": "packages/mock",
  "@alist-toolkit/smoke": "apps/smoke",
  "@alist-toolkit/cli": "apps/cli",
} as const;
export type PublishedName = keyof typeof PUBLISHED;

/** Our scope's registry: a closed port, so npm fails at once if it looks for our packages there. */
const CLOSED_REGISTRY = "http://127.0.0.1:9/";

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a user's shell: nothing pnpm or npm put there for this test run (their
 * `npm_config_*` would change how the user's npm behaves), and a config folder of its own.
 */
export function userEnv(configHome: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(npm_|pnpm_|INIT_CWD$|ALIST_)/i.test(key)) env[key] = value;
  }
  env.XDG_CONFIG_HOME = configHome;
  env.NO_COLOR = "1";
  return env;
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string; timeoutMs?: number },
): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd: options.cwd, env: options.env, timeout: options.timeoutMs ?? 60_000, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? "");
  });
}

/** pnpm as the test run started it (its native binary), else the one on PATH. */
function pnpmCommand(): string {
  const exec = process.env.npm_execpath;
  return exec && /^pnpm(\.exe)?$/.test(basename(exec)) ? exec : "pnpm";
}

export interface PackedProject {
  root: string;
  project: string;
  env: NodeJS.ProcessEnv;
  tarballs: Record<PublishedName, string>;
  installMs: number;
  remove(): void;
}

function fail(step: string, result: Result): never {
  throw new Error(`${step} failed (exit ${result.code}):\n${result.stderr || result.stdout}`);
}

/** Packs each published package with `pnpm pack` (which rewrites `workspace:` ranges). */
async function pack(into: string, env: NodeJS.ProcessEnv): Promise<Record<PublishedName, string>> {
  const tarballs = {} as Record<PublishedName, string>;
  for (const [name, folder] of Object.entries(PUBLISHED) as [PublishedName, string][]) {
    const before = new Set(readdirSync(into));
    const result = await run(pnpmCommand(), ["pack", "--pack-destination", into], {
      cwd: join(WORKSPACE, folder),
      env,
    });
    if (result.code !== 0) fail(`pnpm pack of ${name}`, result);
    const made = readdirSync(into).filter((file) => file.endsWith(".tgz") && !before.has(file));
    if (made.length !== 1) throw new Error(`pnpm pack of ${name} made ${made.length} tarballs`);
    tarballs[name] = join(into, made[0] as string);
  }
  return tarballs;
}

export async function installPacked(): Promise<PackedProject> {
  const root = mkdtempSync(join(tmpdir(), "alist-pack-"));
  const project = join(root, "project");
  const configHome = join(root, "config");
  mkdirSync(configHome);
  cpSync(FIXTURE, project, { recursive: true });
  const env = userEnv(configHome);
  try {
    const tarballDir = join(root, "tarballs");
    mkdirSync(tarballDir);
    const tarballs = await pack(tarballDir, env);
    const started = performance.now();
    // npm resolves the packages' declared dependencies itself, as for a user: that is what shows
    // that none is missing or needs a newer Node. An offline install from the workspace's pnpm
    // store, or a lockfile made from pnpm-lock.yaml, would be cheaper but would skip that
    // resolution; with a warm npm cache this costs about 10 s of CPU, the rest is waiting.
    const install = await run(
      "npm",
      [
        "install",
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--engine-strict",
        "--loglevel=error",
        `--@alist-toolkit:registry=${CLOSED_REGISTRY}`,
        ...Object.values(tarballs),
        "@types/node@20.19.43",
      ],
      { cwd: project, env, timeoutMs: 280_000 },
    );
    if (install.code !== 0) fail("npm install of the tarballs", install);
    const installMs = Math.round(performance.now() - started);
    return { root, project, env, tarballs, installMs, remove: () => rmSync(root, { recursive: true, force: true }) };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

export interface StartedMock {
  url: string;
  stop(): Promise<void>;
}

/** `npx alist-mock ARGS` in its own process group, resolved once it prints the URL it serves. */
export function startInstalledMock(project: PackedProject, args: string[]): Promise<StartedMock> {
  const child: ChildProcess = spawn("npx", ["--no", "--", "alist-mock", "--port", "0", ...args], {
    cwd: project.project,
    env: project.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) process.kill(-child.pid, "SIGTERM");
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`alist-mock did not print its URL within 30 s:\n${output}`));
    }, 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`alist-mock exited before it listened:\n${output}`));
    });
  });
}
