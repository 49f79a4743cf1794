/** `alist mv` and `alist cp`: options and help; the command's code loads when it runs. */
import { type OptionsOf, type Program, run } from "../command-kit.js";

/** One of the two commands with its arguments and options; `TransferOptions` is typed from these. */
export function transferCommand(program: Program, name: "mv" | "cp", kind: "move" | "copy", what: string) {
  return program
    .command(name)
    .description(what)
    .usage("[options] <src...> <dst-dir>")
    .argument("<paths...>", `what to ${kind}, then the destination folder`)
    .option("--overwrite", "replace entries of the same name in the destination (default: refuse)");
}

export type TransferOptions = OptionsOf<typeof transferCommand>;

export function registerTransfer(program: Program): void {
  for (const [name, kind, what] of [
    ["mv", "move", "move files and folders into a folder"],
    ["cp", "copy", "copy files and folders into a folder; prints the tasks a copy between storages starts"],
  ] as const) {
    transferCommand(program, name, kind, what).action((paths, options, command) => {
      if (paths.length < 2) command.error("missing required argument 'dst-dir'", { exitCode: 2 });
      const sources = paths.slice(0, -1);
      const destination = paths.at(-1) as string;
      return run(command, `${name} ${paths.join(" ")}`, async (context) =>
        (await import("../commands/transfer.js")).transfer(context, kind, sources, destination, options),
      );
    });
  }
}
