/** `alist get`: options and help; the command's code loads when it runs. */
import { jobs, type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its arguments and options; `GetOptions` is typed from these. */
export function getCommand(program: Program) {
  return program
    .command("get")
    .summary("download a file (with -r: a folder tree), streaming it; progress on a terminal")
    .description(
      "Download a file, streaming it; progress on a terminal; never overwrites unless --force. " +
        "With -r, download a folder tree: local folders are made as needed (empty ones too), files " +
        "whose local copy has the same size are skipped (unless --force), a local file of another " +
        "size is kept and counted as failed (unless --force), no symbolic link in the target is " +
        "followed, names that are not safe local names are refused, and a failed entry does not stop " +
        "the others (exit 4).",
    )
    .argument("<remote-path>", "the file on the server (with -r: the folder)")
    .argument(
      "[local-path]",
      "where to write it (default: its name, here). A file: an existing folder or a path ending in / " +
        "takes it under its name. With -r: a path ending in / takes the folder under its name; any " +
        "other path is the folder itself (as put -r's remote path)",
    )
    .option("-r, --recursive", "download a folder and everything in it")
    .option("--force", "replace the local file if it exists (with -r: also files of the same size)")
    .option("--jobs <n>", "with -r: files downloaded at the same time (default 4)", jobs)
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    );
}

export type GetOptions = OptionsOf<typeof getCommand>;

export function registerGet(program: Program): void {
  getCommand(program).action((remote, local, options, command) =>
    run(command, `get ${remote}`, async (context, scene) => {
      if (options.recursive) {
        const tree = await import("../commands/get-tree.js");
        return tree.getTree(context, remote, local, { ...options, jobs: options.jobs ?? 4 }, scene);
      }
      if (options.jobs !== undefined) {
        // Loaded here: it comes from the client, which --help and --version must not load.
        const { UsageError } = await import("../command-errors.js");
        throw new UsageError("--jobs applies only with -r");
      }
      return (await import("../commands/get.js")).get(context, remote, local, options, scene);
    }),
  );
}
