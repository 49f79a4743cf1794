/** `alist logout`: options and help; the command's code loads when it runs. */
import { type Program, run } from "../command-kit.js";

export function registerLogout(program: Program): void {
  program
    .command("logout")
    .description("forget the saved token (the server and user name stay for the next login)")
    .action((_options, command) =>
      run(command, "logout", async (context) => (await import("../commands/logout.js")).logout(context)),
    );
}
