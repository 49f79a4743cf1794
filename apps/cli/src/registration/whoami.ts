/** `alist whoami`: options and help; the command's code loads when it runs. */
import { type Program, run } from "../command-kit.js";

export function registerWhoami(program: Program): void {
  program
    .command("whoami")
    .description("show the user the token belongs to: name, role, base path, permissions, 2FA")
    .action((_options, command) =>
      run(command, "whoami", async (context) => (await import("../commands/whoami.js")).whoami(context)),
    );
}
