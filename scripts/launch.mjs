#!/usr/bin/env node
/**
 * Runs one of the repository's commands (the CLI, the smoke runner, the mock) from its bundle,
 * building first only what is older than its sources, and quietly: a call costs what the
 * command costs and prints only what the command prints. The bundle runs in this process, so
 * its exit code, signals and stdio are the command's own.
 *
 * `node scripts/launch.mjs <command> [args...]` is what the root package.json scripts run
 * (relative paths are taken from where pnpm was started); `./alist` at the root uses it too.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The repository's commands: the package that builds each and the file its bin runs. */
export const COMMANDS = {
  alist: { dir: "apps/cli", bin: "dist/alist.js" },
  smoke: { dir: "apps/smoke", bin: "dist/cli.js" },
  mock: { dir: "packages/mock", bin: "dist/cli.js" },
};

/** What a package's build reads besides `src/` (turbo's build inputs, and the lockfile). */
const PACKAGE_INPUTS = ["package.json", "tsconfig.json", "tsup.config.ts"];
const ROOT_INPUTS = ["tsconfig.base.json", "pnpm-lock.yaml"];

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export class BuildError extends Error {}

/** The workspace's packages by name, from the `dir/*` globs of pnpm-workspace.yaml. */
export function readWorkspace(root) {
  const yaml = readFileSync(join(root, "pnpm-workspace.yaml"), "utf8");
  const list = /^packages:\s*\n((?:\s+-\s+.*\n?)+)/m.exec(yaml)?.[1] ?? "";
  const globs = [...list.matchAll(/-\s+["']?([^"'\s]+)["']?/g)].map((match) => match[1]);
  const packages = new Map();
  for (const glob of globs) {
    const parent = join(root, glob.replace(/\/\*$/, ""));
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent, { withFileTypes: true })) {
      const dir = join(parent, entry.name);
      if (!entry.isDirectory() || !existsSync(join(dir, "package.json"))) continue;
      const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
      packages.set(manifest.name, { dir, manifest });
    }
  }
  return packages;
}

/** The package at `dir` and the workspace packages it needs at run time, dependencies first. */
export function buildOrder(packages, dir) {
  const byDir = [...packages.values()].find((pkg) => pkg.dir === dir);
  if (!byDir) throw new BuildError(`${dir} is not a package of this workspace`);
  const order = [];
  const visit = (pkg) => {
    if (order.includes(pkg)) return;
    for (const [name, range] of Object.entries(pkg.manifest.dependencies ?? {})) {
      const dependency = packages.get(name);
      if (dependency && String(range).startsWith("workspace:")) visit(dependency);
    }
    order.push(pkg);
  };
  visit(byDir);
  return order.filter((pkg) => pkg.manifest.scripts?.build);
}

/** Every file under `paths` (folders walked), sorted, with its stat. */
function filesOf(paths) {
  const files = [];
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isFile()) files.push({ path, stat });
    if (!stat?.isDirectory()) continue;
    for (const name of readdirSync(path, { recursive: true })) {
      const child = join(path, String(name));
      const childStat = statSync(child, { throwIfNoEntry: false });
      if (childStat?.isFile()) files.push({ path: child, stat: childStat });
    }
  }
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** The files a package's build makes that others run or import: its `main` and bins. */
function outputsOf(pkg) {
  const { main, bin } = pkg.manifest;
  const bins = typeof bin === "string" ? [bin] : Object.values(bin ?? {});
  return [main, ...bins].filter((path) => typeof path === "string").map((path) => join(pkg.dir, path));
}

/** The outputs' mtimes, or undefined when one is missing. */
function outputTimes(pkg) {
  const times = outputsOf(pkg).map((path) => statSync(path, { throwIfNoEntry: false })?.mtimeMs);
  return times.length > 0 && times.every((time) => time !== undefined) ? times : undefined;
}

/** What the outputs were built from: every input's path and content, and the dependencies' outputs. */
function inputsHash(inputs, dependencyTimes) {
  const hash = createHash("sha256");
  for (const { path } of inputs) hash.update(`${path}\0`).update(readFileSync(path)).update("\0");
  return hash.update(JSON.stringify(dependencyTimes)).digest("hex");
}

function runBuild(root, pkg) {
  const bins = [join(pkg.dir, "node_modules/.bin"), join(root, "node_modules/.bin")];
  const result = spawnSync("sh", ["-c", pkg.manifest.scripts.build], {
    cwd: pkg.dir,
    env: { ...process.env, PATH: [...bins, process.env.PATH ?? ""].join(delimiter) },
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ""}${result.stderr ?? ""}`.trimEnd();
    const why = result.error ? result.error.message : `exit code ${result.status ?? result.signal}`;
    throw new BuildError(`building ${pkg.manifest.name} failed (${why}):\n${output}`);
  }
}

/**
 * Builds, in order, each package whose outputs are missing or stale; returns the names built
 * (with `check: true`, the names it would build, building nothing).
 * Fresh means: the inputs hash as they did when the outputs were last seen fresh (a stamp
 * under node_modules/.cache), or, without such a stamp, no input or dependency is newer than
 * the outputs (as after `pnpm build`). The build's own output is shown only when it fails.
 */
export function buildIfStale(root, dir, { onBuild = () => {}, check = false } = {}) {
  const packages = readWorkspace(root);
  const stamps = join(root, "node_modules/.cache/alist-toolkit-launch");
  const rootInputs = ROOT_INPUTS.map((name) => join(root, name));
  const built = [];
  const times = new Map();
  for (const pkg of buildOrder(packages, resolve(root, dir))) {
    const inputs = filesOf([join(pkg.dir, "src"), ...PACKAGE_INPUTS.map((name) => join(pkg.dir, name)), ...rootInputs]);
    const dependencyTimes = Object.keys(pkg.manifest.dependencies ?? {})
      .filter((name) => times.has(name))
      .map((name) => times.get(name));
    const hash = inputsHash(inputs, dependencyTimes);
    const stampPath = join(stamps, `${pkg.manifest.name.replace(/[@/]/g, "_")}.json`);
    const stamp = existsSync(stampPath) ? readFileSync(stampPath, "utf8") : "";
    let outputs = outputTimes(pkg);
    const fresh =
      outputs !== undefined &&
      (stamp === JSON.stringify({ hash, outputs }) ||
        Math.max(0, ...inputs.map(({ stat }) => stat.mtimeMs), ...dependencyTimes.flat()) <= Math.min(...outputs));
    if (!fresh && check) {
      built.push(pkg.manifest.name);
      times.set(pkg.manifest.name, [Date.now()]);
      continue;
    }
    if (!fresh) {
      onBuild(pkg.manifest.name);
      runBuild(root, pkg);
      built.push(pkg.manifest.name);
      outputs = outputTimes(pkg);
      if (!outputs) throw new BuildError(`building ${pkg.manifest.name} made no ${outputsOf(pkg).join(", ")}`);
    }
    const next = JSON.stringify({ hash, outputs });
    if (next !== stamp) {
      mkdirSync(stamps, { recursive: true });
      writeFileSync(stampPath, next);
    }
    times.set(pkg.manifest.name, outputs);
  }
  return built;
}

/** On a terminal a build gets a note while it runs, erased when done; elsewhere nothing. */
function buildNote(name) {
  if (process.stderr.isTTY) process.stderr.write(`building ${name}…\r`);
}

/**
 * Builds what is stale, then runs the command's bundle in this process with `args`, from
 * `cwd` when given.
 */
export async function launch(command, args, { root = REPO_ROOT, cwd } = {}) {
  const target = COMMANDS[command];
  try {
    if (!target) throw new BuildError(`unknown command "${command}": one of ${Object.keys(COMMANDS).join(", ")}`);
    const built = buildIfStale(root, target.dir, { onBuild: buildNote });
    if (built.length > 0 && process.stderr.isTTY) process.stderr.write("\x1b[2K");
  } catch (error) {
    if (!(error instanceof BuildError)) throw error;
    process.stderr.write(`${target ? command : "launch"}: ${error.message}\n`);
    process.exit(1);
  }
  const bin = join(root, target.dir, target.bin);
  if (cwd) process.chdir(cwd);
  process.argv = [process.argv[0] ?? process.execPath, bin, ...args];
  await import(pathToFileURL(bin).href);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [command = "", ...args] = process.argv.slice(2);
  // pnpm runs root scripts from the root; INIT_CWD is where it was started.
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by pnpm for its scripts, not a turbo task's input
  await launch(command, args, { cwd: process.env.INIT_CWD });
}
