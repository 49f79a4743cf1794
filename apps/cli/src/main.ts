/** The command line: parse it and run the command; usage errors exit 2. */
import { CommanderError } from "commander";
import { EXIT } from "./exit-codes.js";
import { buildProgram } from "./program.js";

function wantsJson(argv: string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--json");
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // --help and --version end here too, with exit code 0.
  if (error.exitCode !== 0 && wantsJson(process.argv)) {
    const message = error.message.replace(/^error: /, "");
    process.stdout.write(`${JSON.stringify({ error: { kind: "usage", message } })}\n`);
  }
  process.exit(error.exitCode === 0 ? EXIT.ok : EXIT.usage);
}
