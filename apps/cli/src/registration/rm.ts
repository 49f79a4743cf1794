/** `alist rm`: options and help; the command's code loads when it runs. */
import { type Program, run } from "../command-kit.js";

export function registerRm(program: Program): void {
  program
    .command("rm")
    .description("remove files and folders (a folder goes with everything in it); one call per folder")
    .argument("<remote-path...>", "what to remove")
    .action((paths: string[], _options, command) =>
      run(command, `rm ${paths.join(" ")}`, async (context) => (await import("../commands/rm.js")).rm(context, paths)),
    );
}
