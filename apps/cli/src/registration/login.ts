/** `alist login`: options and help; the command's code loads when it runs. */
import { type OptionsOf, type Program, run } from "../command-kit.js";

/** The command with its options; `LoginOptions` is typed from these. */
export function loginCommand(program: Program) {
  return program
    .command("login")
    .summary("log in and save the server, user name and token (never the password)")
    .description(
      "Log in and save the server, user name and token (never the password).\n" +
        "The user name is --username, else the saved one for this server, else asked for on a terminal.\n" +
        "On a terminal the password is asked for without echo; otherwise use --password-stdin or ALIST_PASSWORD.\n" +
        "If the account has two-factor authentication, the one-time code is asked for, or pass --otp.",
    )
    .option("--otp <code>", "one-time code, for accounts with two-factor authentication")
    .option("--plain", "send the plain password to /api/auth/login instead of its hash");
}

export type LoginOptions = OptionsOf<typeof loginCommand>;

export function registerLogin(program: Program): void {
  loginCommand(program).action((options, command) =>
    run(command, "login", async (context) => (await import("../commands/login.js")).login(context, options)),
  );
}
