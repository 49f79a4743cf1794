/** `alist tasks`: options and help; the command's code loads when it runs. */
import { type Program, run } from "../command-kit.js";

export function registerTasks(program: Program): void {
  program
    .command("tasks")
    .description("list the undone and done tasks of one type, or of every type")
    .argument(
      "[type]",
      "upload, copy, offline_download, offline_download_transfer, decompress, decompress_upload, move (OpenList)",
    )
    .action((type: string | undefined, _options, command) =>
      run(command, type ? `tasks ${type}` : "tasks", async (context) =>
        (await import("../commands/tasks.js")).tasks(context, type),
      ),
    );
}
