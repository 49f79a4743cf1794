#!/usr/bin/env node
/**
 * `alist-smoke` (`pnpm -s smoke`): runs the smoke test and reports it as a table, JSON or
 * JUnit XML. Exit codes: 0 every check passed, 1 a check failed, 2 usage error.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { AlistInputError } from "@alist-toolkit/client";
import { Command, CommanderError } from "commander";
import { planRun, type SmokeOptions, UsageError, withEnvironment } from "./options.js";
import { formatJunit } from "./output/junit.js";
import { formatTable } from "./output/table.js";
import { runSuiteCommand, SUITE_HELP, type SuiteFlags, suiteOptions } from "./suite/cli-suite.js";

const EXIT_OK = 0;
const EXIT_FAILED = 1;
const EXIT_USAGE = 2;

interface Flags extends SuiteFlags {
  target?: string;
  dir?: string;
  username?: string;
  passwordStdin?: boolean;
  token?: string;
  json?: boolean;
  junit?: string;
  timeout?: string;
  staticMock?: boolean;
}

const program = new Command()
  .name("alist-smoke")
  .description(
    "Proves that a server honours the AList API contract: reachable, login, fs/get of --dir, fs/put of a small " +
      "probe into --dir, fs/get of the probe, cleanup. Every answer is checked against the embedded spec. " +
      "Without --target (or ALIST_URL) it starts the stateful mock (an AList that stores) and tests that.",
  )
  .option("--target <url>", "the server to test, e.g. http://127.0.0.1:5244 (env ALIST_URL)")
  .option("--dir <path>", "the folder the probe file is written to; required with --target (the only place written)")
  .option("--username <name>", "log in as this user (env ALIST_USERNAME)")
  .option("--password-stdin", "read the password from standard input (otherwise env ALIST_PASSWORD)")
  .option("--token <token>", "use this token instead of logging in (env ALIST_TOKEN)")
  .option("--json", "print the report as JSON on stdout, nothing else")
  .option("--junit <file>", "also write the report as JUnit XML to this file")
  .option("--static-mock", "without --target: test against the static mock (Prism on the spec's examples) instead")
  .option("--timeout <seconds>", "timeout per call (the upload gets twice as long)", "30")
  .option("--suite <name>", "smoke (the quick scenario, default) or full (the verification suite)")
  .option("--fuzz <n>", "also run N fuzzed requests and N stateful sequences (fast-check)")
  .option("--seed <s>", "the fuzz seed (default 1); the same seed replays the same cases")
  .option("--checks <ids>", "run only these checks (comma-separated ids, below)")
  .option("--exclude-checks <ids>", "skip these checks")
  .option("--allow-account-changes", "also run me/update and 2FA generate/verify (they change the account)")
  .option("--record <dir>", "write every exchange as one JSON file into this folder, secrets replaced")
  .addHelpText(
    "after",
    `${SUITE_HELP}\n\nExit codes: 0 every check passed, 1 a check failed, 2 usage error, 130/143 stopped by SIGINT/SIGTERM.\n` +
      "Tokens and passwords are never printed.",
  )
  .exitOverride()
  .configureOutput({ outputError: (text, write) => write(`alist-smoke: ${text.replace(/^error: /, "")}`) });

function usage(message: string): never {
  throw new UsageError(message);
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) usage('--password-stdin reads the password from a pipe, e.g. printf %s "$PW" | ...');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (password.length === 0) usage("--password-stdin: standard input was empty");
  return password;
}

async function options(flags: Flags): Promise<SmokeOptions> {
  const timeoutSeconds = Number(flags.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    usage(`--timeout must be a positive number of seconds, got ${JSON.stringify(flags.timeout)}`);
  }
  if (flags.passwordStdin && !flags.username && !process.env.ALIST_USERNAME) {
    usage("--password-stdin needs --username (or ALIST_USERNAME)");
  }
  const given: SmokeOptions = {
    ...(flags.target !== undefined ? { target: flags.target } : {}),
    ...(flags.dir !== undefined ? { dir: flags.dir } : {}),
    ...(flags.username !== undefined ? { username: flags.username } : {}),
    ...(flags.token !== undefined ? { token: flags.token } : {}),
    ...(flags.staticMock ? { mock: "static" as const } : {}),
    timeoutMs: timeoutSeconds * 1000,
  };
  const merged = withEnvironment(given, process.env);
  if (flags.passwordStdin) merged.password = await readPassword();
  return merged;
}

function writeJunit(file: string, xml: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, xml);
  } catch (error) {
    usage(`cannot write the JUnit file ${file}: ${(error as Error).message}`);
  }
}

async function main(argv: string[]): Promise<number> {
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    throw error;
  }
  const flags = program.opts<Flags>();
  try {
    const smokeOptions = await options(flags);
    planRun(smokeOptions);
    const suite = suiteOptions(flags, smokeOptions);
    if (suite) return await runSuiteCommand(suite, flags);
    // Loaded only now, so a usage error does not pay for the validator and the mock.
    const { runSmoke } = await import("./run.js");
    const report = await runSmoke(smokeOptions);
    if (flags.junit) writeJunit(flags.junit, formatJunit(report));
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatTable(report)}\n`);
    return report.ok ? EXIT_OK : EXIT_FAILED;
  } catch (error) {
    if (error instanceof UsageError || error instanceof AlistInputError) {
      process.stderr.write(`alist-smoke: ${error.message}\nRun alist-smoke --help for the options.\n`);
      return EXIT_USAGE;
    }
    process.stderr.write(`alist-smoke: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_FAILED;
  }
}

// A reader that stops early (`| head`) is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT_OK);
  throw error;
});

process.exitCode = await main(process.argv);
