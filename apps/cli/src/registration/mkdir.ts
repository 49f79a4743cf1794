/** `alist mkdir`: options and help; the command's code loads when it runs. */
import { type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its arguments and options; `MkdirOptions` is typed from these. */
export function mkdirCommand(program: Program) {
  return program
    .command("mkdir")
    .description("create folders (the server creates missing parents); an existing one is an error unless -p")
    .argument("<remote-path...>", "the folders to create")
    .option("-p, --parents", "no error if it exists; create each missing parent first");
}

export type MkdirOptions = OptionsOf<typeof mkdirCommand>;

export function registerMkdir(program: Program): void {
  mkdirCommand(program).action((paths, options, command) =>
    run(command, `mkdir ${paths.join(" ")}`, async (context) =>
      (await import("../commands/mkdir.js")).mkdir(context, paths, options),
    ),
  );
}
