/** `alist mkdir`: options and help; the command's code loads when it runs. */
import { type Program, run } from "../command-kit.js";

export function registerMkdir(program: Program): void {
  program
    .command("mkdir")
    .description("create folders (the server creates missing parents); an existing one is an error unless -p")
    .argument("<remote-path...>", "the folders to create")
    .option("-p, --parents", "no error if it exists; create each missing parent first")
    .action((paths: string[], options, command) =>
      run(command, `mkdir ${paths.join(" ")}`, async (context) =>
        (await import("../commands/mkdir.js")).mkdir(context, paths, options),
      ),
    );
}
