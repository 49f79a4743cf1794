/** `alist put`: options and help; the command's code loads when it runs. */
import { jobs, type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its arguments and options; `PutOptions` is typed from these. */
export function putCommand(program: Program) {
  return program
    .command("put")
    .summary("upload a file (with -r: a folder tree), streaming it; progress on a terminal")
    .description(
      "Upload a file, streaming it (Last-Modified is the file's mtime); progress on a terminal. " +
        "With -r, upload a folder tree: missing folders are created, files of the same size on the " +
        "server are skipped (unless --force), and a failed file does not stop the others (exit 4).",
    )
    .argument("<local-file>", "the file to send (with -r: the folder)")
    .argument("<remote-path>", "the destination file, or a folder ending in / to keep the file's (or folder's) name")
    .option("-r, --recursive", "send a folder and everything in it (symbolic links are not followed)")
    .option("--force", "with -r: send files whose size on the server already matches")
    .option("--jobs <n>", "with -r: files sent at the same time (default 4)", jobs)
    .option("--as-task", "let the server queue the upload as a task, and print the task")
    .option("--no-overwrite", "fail if the remote file exists (the server overwrites by default)")
    .option(
      "--password <password>",
      "the destination folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD)",
    );
}

export type PutOptions = OptionsOf<typeof putCommand>;

export function registerPut(program: Program): void {
  putCommand(program).action((local, remote, options, command) =>
    run(command, `put ${local}`, async (context, scene) => {
      // Loaded here: it comes from the client, which --help and --version must not load.
      const { UsageError } = await import("../command-errors.js");
      if (options.recursive) {
        if (options.asTask || options.overwrite === false) {
          throw new UsageError("--as-task and --no-overwrite do not apply to put -r");
        }
        const tree = await import("../commands/put-tree.js");
        return tree.putTree(context, local, remote, { ...options, jobs: options.jobs ?? 4 }, scene);
      }
      if (options.force || options.jobs !== undefined) throw new UsageError("--force and --jobs apply only with -r");
      return (await import("../commands/put.js")).put(context, local, remote, options, scene);
    }),
  );
}
