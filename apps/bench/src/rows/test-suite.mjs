/**
 * Row 6t: `pnpm test` from a fresh clone after install, as the issue measures it: the
 * committed HEAD is cloned into a temp folder (so no turbo cache and no dist/ folders), installed
 * from the local store, and its test command timed. CPU is the user + sys time of every process
 * the run waited for (Linux: /proc/self/stat), which the machine's load changes far less than
 * the wall time.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { stripVTControlCharacters } from "node:util";
import { spread, summarize } from "../stats.mjs";

const REPO = fileURLToPath(new URL("../../../../", import.meta.url));
const GOAL_SECONDS = 120;

/** User + sys seconds of the children this process has waited for (undefined off Linux). */
function childrenCpuSeconds() {
  if (!existsSync("/proc/self/stat")) return undefined;
  const stat = readFileSync("/proc/self/stat", "utf8");
  // Fields after the command name (which may hold spaces) start at "state"; cutime, cstime are 16, 17.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

/** pnpm as this bench was started with (`pnpm bench` sets npm_execpath), else the one on PATH. */
function pnpmCommand(args) {
  const execPath = process.env.npm_execpath;
  if (!execPath || !/pnpm/.test(execPath)) return ["pnpm", args];
  // A JavaScript entry (older pnpm) runs under Node; pnpm 12 is its own executable.
  return /\.[cm]?js$/.test(execPath) ? [process.execPath, [execPath, ...args]] : [execPath, args];
}

function run(command, args, cwd, { quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, CI: "true" } });
    let output = "";
    const keep = (chunk) => {
      output += chunk;
      if (!quiet) process.stderr.write(chunk);
    };
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, output }));
  });
}

/** vitest's "Tests  N passed | M failed | K skipped" lines, summed as .ci/run does. */
function testCounts(output) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const line of stripVTControlCharacters(output).split("\n")) {
    if (!/:test: +Tests +/.test(line)) continue;
    for (const [, count, kind] of line.matchAll(/(\d+) (passed|failed|skipped)/g)) totals[kind] += Number(count);
  }
  return totals;
}

export async function testSuiteRows({ suiteRuns }) {
  const skipped = (why) => {
    console.error(`bench: row 6t skipped: ${why}`);
    return [
      {
        row: "6t",
        measure: "`pnpm test` from a fresh clone after install, s",
        ours: "skipped",
        baseline: why,
        ratio: "-",
        goal: `< ${GOAL_SECONDS} s`,
        met: "skipped",
      },
    ];
  };
  if (!existsSync(join(REPO, ".git"))) return skipped("not a git checkout (the row clones its HEAD)");
  const walls = [];
  const cpus = [];
  let counts;
  for (let round = 0; round < suiteRuns; round++) {
    const dir = await mkdtemp(join(tmpdir(), "alist-bench-suite-"));
    try {
      const clone = join(dir, "clone");
      const cloned = await run("git", ["clone", "--quiet", "--no-hardlinks", REPO, clone], dir);
      if (cloned.code !== 0) return skipped(`git clone failed: ${cloned.output.trim().split("\n")[0]}`);
      const [pnpm, installArgs] = pnpmCommand(["install", "--frozen-lockfile", "--prefer-offline"]);
      const installed = await run(pnpm, installArgs, clone);
      if (installed.code !== 0) return skipped(`install failed: ${installed.output.trim().split("\n").at(-1)}`);
      const [, testArgs] = pnpmCommand(["test"]);
      const cpuBefore = childrenCpuSeconds();
      const started = process.hrtime.bigint();
      const tested = await run(pnpm, testArgs, clone);
      walls.push(Number(process.hrtime.bigint() - started) / 1e9);
      const cpuAfter = childrenCpuSeconds();
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpus.push(cpuAfter - cpuBefore);
      counts = testCounts(tested.output);
      if (tested.code !== 0) {
        const failures = stripVTControlCharacters(tested.output)
          .split("\n")
          .filter((line) => /\bFAIL\b|ERROR|error TS/.test(line));
        const log = join(tmpdir(), `alist-bench-suite-${Date.now()}.log`);
        await writeFile(log, tested.output);
        console.error(`${failures.slice(0, 40).join("\n")}\nbench: the whole output of the failed run is in ${log}`);
        return skipped(`pnpm test failed (exit ${tested.code}): ${counts.failed} failed`);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const wall = summarize(walls);
  return [
    {
      row: "6t",
      measure: `\`pnpm test\` from a fresh clone after install, s (${suiteRuns} run${suiteRuns === 1 ? "" : "s"})`,
      ours: `${spread(wall, 0)}; CPU ${cpus.length ? spread(summarize(cpus), 0) : "n/a"}`,
      baseline: `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
      ratio: "-",
      goal: `< ${GOAL_SECONDS} s`,
      met: wall.median < GOAL_SECONDS,
    },
  ];
}
