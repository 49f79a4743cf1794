/** `alist ls`: options and help; the command's code loads when it runs. */
import { type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its arguments and options; `LsOptions` is typed from these. */
export function lsCommand(program: Program) {
  return program
    .command("ls")
    .description("list a folder, every page of it (-l: kind, size, modified)")
    .argument("[remote-path]", "the folder", "/")
    .option("-l, --long", "one entry per line with kind, size and modified time")
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    );
}

export type LsOptions = OptionsOf<typeof lsCommand>;

export function registerLs(program: Program): void {
  lsCommand(program).action((remotePath, options, command) =>
    run(command, `ls ${remotePath}`, async (context) =>
      (await import("../commands/ls.js")).ls(context, remotePath, options),
    ),
  );
}
