#!/usr/bin/env node
// spec-diff [BASE]: rates every change to spec/ since BASE for the clients and servers it can break.
// Exit codes: 0 nothing client-breaking left unacknowledged, 1 something is, 2 usage or repository error.
import { Command, CommanderError } from "commander";
import { SpecDiffError } from "./errors.js";
import { jsonReport } from "./report-json.js";
import { markdownReport } from "./report-markdown.js";
import { textReport } from "./report-text.js";
import { runDiff } from "./run.js";
import { summaryLine } from "./summary.js";

interface Options {
  head?: string;
  json?: boolean;
  markdown?: boolean;
  gate?: boolean;
  types: boolean;
}

const program = new Command()
  .name("spec-diff")
  .description("Classify every change to spec/openapi.yaml since BASE: breaking for clients, for servers, or safe.")
  .argument("[base]", "commit to compare with (default: merge base with main; on main, the previous commit)")
  .option("--head <ref>", "compare this commit instead of the working tree")
  .option("--json", "print the report as JSON")
  .option("--markdown", "print a Markdown summary for a review comment")
  .option("--gate", "print one summary line when the gate passes, the full report when it fails")
  .option("--no-types", "skip the generated-type diff")
  .exitOverride()
  .configureOutput({ outputError: () => {} });

async function main(argv: string[]): Promise<number> {
  try {
    program.parse(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      process.stderr.write(`spec-diff: ${error.message.replace(/^error: /, "")}\n`);
      return 2;
    }
    throw error;
  }
  const options = program.opts<Options>();
  if (options.json && options.markdown) {
    process.stderr.write("spec-diff: choose one of --json and --markdown\n");
    return 2;
  }
  const report = await runDiff({
    cwd: process.cwd(),
    base: program.args[0],
    head: options.head,
    types: options.types,
  });
  if (options.json) process.stdout.write(jsonReport(report));
  else if (options.markdown) process.stdout.write(markdownReport(report));
  else if (options.gate && report.verdict.pass) process.stdout.write(`${summaryLine(report)}\n`);
  else process.stdout.write(textReport(report));
  return report.verdict.pass ? 0 : 1;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof SpecDiffError ? error.message : `unexpected error: ${(error as Error).message}`;
    process.stderr.write(`spec-diff: ${message}\n`);
    process.exitCode = 2;
  },
);
