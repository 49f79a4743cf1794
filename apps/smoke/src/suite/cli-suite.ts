/**
 * The suite's part of `alist-smoke`: its options, the run with Ctrl-C / SIGTERM handling (the
 * sandbox is still removed), and its reports.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { type SmokeOptions, UsageError } from "../options.js";
import { CHECKS, type CheckId, isCheckId } from "./check-ids.js";
import { formatSuiteJunit } from "./output/suite-junit.js";
import { formatSuiteTable } from "./output/suite-table.js";
import type { SuiteOptions } from "./run-suite.js";

export interface SuiteFlags {
  suite?: string;
  fuzz?: string;
  seed?: string;
  checks?: string;
  excludeChecks?: string;
  allowAccountChanges?: boolean;
  record?: string;
  json?: boolean;
  junit?: string;
}

export const SUITE_HELP = [
  "",
  "Verification suite (--suite full, --fuzz N):",
  "  Every operation of the spec, live: positive, negative and auth cases, and stateful checks, on objects",
  "  the suite creates in a fresh .alist-contract-<hex> folder inside --dir, which is always removed at the",
  "  end (also on failure, Ctrl-C and SIGTERM; the report says what may be left if removal fails).",
  "  Login: at most 2 failed logins per run, with a user name that does not exist (AList blocks an",
  "  address for 5 minutes after 5 failed logins, code 429). me/update and 2FA only with",
  "  --allow-account-changes; admin routes are not tested. Without --target: the stateful mock, checked",
  "  as a server; with --static-mock, Prism (checks that need a server that stores are reported as skipped).",
  "",
  "Checks (--checks / --exclude-checks take a comma-separated list of these ids):",
  ...Object.entries(CHECKS).map(([id, what]) => `  ${id.padEnd(28)} ${what}`),
].join("\n");

function checkList(value: string | undefined, flag: string): CheckId[] | undefined {
  if (value === undefined) return undefined;
  const ids = value
    .split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  const unknown = ids.filter((id) => !isCheckId(id));
  if (unknown.length > 0) throw new UsageError(`${flag}: unknown check ${unknown.join(", ")} (see --help for the ids)`);
  return ids as CheckId[];
}

function count(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min)
    throw new UsageError(`${flag} must be a whole number >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

/** Undefined when the flags ask for the quick smoke scenario. */
export function suiteOptions(flags: SuiteFlags, base: SmokeOptions): SuiteOptions | undefined {
  const suite = flags.suite ?? (flags.fuzz !== undefined ? "fuzz" : "smoke");
  if (!["smoke", "full", "fuzz"].includes(suite))
    throw new UsageError(`--suite must be smoke or full, got ${JSON.stringify(flags.suite)}`);
  if (suite === "smoke") {
    for (const [flag, set] of [
      ["--checks", flags.checks],
      ["--exclude-checks", flags.excludeChecks],
      ["--record", flags.record],
      ["--seed", flags.seed],
    ] as const) {
      if (set !== undefined) throw new UsageError(`${flag} needs --suite full or --fuzz N`);
    }
    if (flags.allowAccountChanges) throw new UsageError("--allow-account-changes needs --suite full");
    return undefined;
  }
  const checks = checkList(flags.checks, "--checks");
  const excludeChecks = checkList(flags.excludeChecks, "--exclude-checks");
  return {
    ...base,
    ...(checks ? { checks } : {}),
    ...(excludeChecks ? { excludeChecks } : {}),
    allowAccountChanges: flags.allowAccountChanges === true,
    ...(flags.fuzz !== undefined
      ? { fuzz: { runs: count(flags.fuzz, "--fuzz", 1), seed: count(flags.seed ?? "1", "--seed", 0) } }
      : {}),
    fuzzOnly: suite === "fuzz",
    ...(flags.record ? { record: flags.record } : {}),
  };
}

function writeFile(file: string, text: string, what: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  } catch (error) {
    throw new UsageError(`cannot write the ${what} ${file}: ${(error as Error).message}`);
  }
}

/** Runs the suite; a first SIGINT/SIGTERM stops it and still removes the sandbox, a second exits at once. */
export async function runSuiteCommand(options: SuiteOptions, flags: SuiteFlags): Promise<number> {
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: NodeJS.Signals) => {
    signals += 1;
    if (signals > 1) {
      process.stderr.write("alist-smoke: stopped again: the sandbox folder may be left (its path is in the report)\n");
      process.exit(name === "SIGINT" ? 130 : 143);
    }
    process.stderr.write(`alist-smoke: ${name}: stopping, removing the sandbox folder first\n`);
    controller.abort(name);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);
  try {
    const { runSuite } = await import("./run-suite.js");
    const report = await runSuite({ ...options, signal: controller.signal });
    if (flags.junit) writeFile(flags.junit, formatSuiteJunit(report), "JUnit file");
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatSuiteTable(report)}\n`);
    if (report.interrupted) return report.interrupted === "SIGINT" ? 130 : 143;
    return report.ok ? 0 : 1;
  } finally {
    process.off("SIGINT", onSignal);
    process.off("SIGTERM", onSignal);
  }
}
