// The spec-diff command: arguments in, a report and an exit code out. Exit codes: 0 nothing
// client-breaking left unacknowledged, 1 something is, 2 usage or repository error.
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

export interface Io {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

function program(): Command {
  return new Command()
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
}

export async function main(argv: string[], io: Io): Promise<number> {
  const cli = program().configureOutput({ writeOut: io.stdout, outputError: () => {} });
  try {
    cli.parse(argv, { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.exitCode === 0) return 0;
      io.stderr(`spec-diff: ${error.message.replace(/^error: /, "")}\n`);
      return 2;
    }
    throw error;
  }
  const options = cli.opts<Options>();
  if (options.json && options.markdown) {
    io.stderr("spec-diff: choose one of --json and --markdown\n");
    return 2;
  }
  try {
    const report = await runDiff({
      cwd: io.cwd,
      base: cli.args[0],
      head: options.head,
      // A passing gate prints one line: the type diff is only worth its time for a report.
      types: options.types ? (passed) => !(options.gate && passed) : () => false,
    });
    if (options.json) io.stdout(jsonReport(report));
    else if (options.markdown) io.stdout(markdownReport(report));
    else if (options.gate && report.verdict.pass) io.stdout(`${summaryLine(report)}\n`);
    else io.stdout(textReport(report));
    return report.verdict.pass ? 0 : 1;
  } catch (error) {
    const message = error instanceof SpecDiffError ? error.message : `unexpected error: ${(error as Error).message}`;
    io.stderr(`spec-diff: ${message}\n`);
    return 2;
  }
}
