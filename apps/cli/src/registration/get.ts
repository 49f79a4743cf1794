/** `alist get`: options and help; the command's code loads when it runs. */
import { type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its arguments and options; `GetOptions` is typed from these. */
export function getCommand(program: Program) {
  return program
    .command("get")
    .description("download a file, streaming it; progress on a terminal; never overwrites unless --force")
    .argument("<remote-path>", "the file on the server")
    .argument("[local-path]", "where to write it (default: its name, here; a folder: its name in it)")
    .option("--force", "replace the local file if it exists")
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    );
}

export type GetOptions = OptionsOf<typeof getCommand>;

export function registerGet(program: Program): void {
  getCommand(program).action((remote, local, options, command) =>
    run(command, `get ${remote}`, async (context, scene) =>
      (await import("../commands/get.js")).get(context, remote, local, options, scene),
    ),
  );
}
