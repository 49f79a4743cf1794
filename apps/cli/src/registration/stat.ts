/** `alist stat`: options and help; the command's code loads when it runs. */
import { type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its arguments and options; `StatOptions` is typed from these. */
export function statCommand(program: Program) {
  return program
    .command("stat")
    .description("show one file or folder: name, size, kind, modified, provider, hashes, raw URL")
    .argument("<remote-path>", "the path on the server, e.g. /local/Movies/film.mkv")
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    );
}

export type StatOptions = OptionsOf<typeof statCommand>;

export function registerStat(program: Program): void {
  statCommand(program).action((remotePath, options, command) =>
    run(command, `stat ${remotePath}`, async (context) =>
      (await import("../commands/stat.js")).stat(context, remotePath, options),
    ),
  );
}
