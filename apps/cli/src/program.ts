/**
 * The command line: global options, the commands and their help. Only this file and
 * commander load at start-up; a command's code (and the client) is imported when it runs.
 */
import { Command, InvalidArgumentError } from "commander";
import { EXIT_CODES_HELP } from "./exit-codes.js";
import type { CommandBody } from "./run.js";

const ENVIRONMENT_HELP = `Environment:
  ALIST_URL        server URL (--server wins over it; it wins over the saved login)
  ALIST_TOKEN      token (--token wins over it; it wins over the saved login)
  ALIST_PASSWORD   password for \`alist login\` when it is not typed at a prompt
  XDG_CONFIG_HOME  the saved login is $XDG_CONFIG_HOME/alist-cli/config.json (default ~/.config/...)
  NO_COLOR         no colour in the output`;

function seconds(value: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError("expected a number of seconds (0 = no limit)");
  }
  return parsed;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Loads the runner and hands it the merged global and command options. */
async function run(command: Command, what: string, body: CommandBody): Promise<void> {
  const { runCommand } = await import("./run.js");
  await runCommand(command.optsWithGlobals(), what, body);
}

export function buildProgram(): Command {
  const program = new Command("alist")
    .description("Log in to, inspect and upload to an AList / OpenList server.")
    .version(__ALIST_VERSION__, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--server <url>", "server URL, e.g. http://127.0.0.1:5244 (default: $ALIST_URL, then the saved login)")
    .option("--token <token>", "token to send (default: $ALIST_TOKEN, then the saved login for this server)")
    .option(
      "-H, --header <header>",
      'extra header "Name: value" for every request (e.g. for a reverse proxy); repeatable',
      collect,
    )
    .option(
      "--timeout <seconds>",
      "give up when the server does not answer in time (default 30; put: no limit)",
      seconds,
    )
    .option("--json", "print one JSON document on stdout, for errors too")
    .option("--verbose", "tell what happens on stderr, and show stack traces (never secrets or header values)")
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`alist: ${text.replace(/^error: /, "")}`) })
    .addHelpText("afterAll", `\n${ENVIRONMENT_HELP}\n\n${EXIT_CODES_HELP}\n`);

  program
    .command("login")
    .summary("log in and save the server, user name and token (never the password)")
    .description(
      "Log in and save the server, user name and token (never the password).\n" +
        "On a terminal the password is asked for without echo; otherwise use --password-stdin or ALIST_PASSWORD.\n" +
        "If the account has two-factor authentication, the one-time code is asked for, or pass --otp.",
    )
    .option("--username <name>", "user name (default: the saved one for this server; asked for on a terminal)")
    .option("--password-stdin", "read the password from stdin")
    .option("--otp <code>", "one-time code, for accounts with two-factor authentication")
    .option("--plain", "send the plain password to /api/auth/login instead of its hash")
    .action((options, command: Command) =>
      run(command, "login", async (context) => (await import("./commands/login.js")).login(context, options)),
    );

  program
    .command("logout")
    .description("forget the saved token (the server and user name stay for the next login)")
    .action((_options, command: Command) =>
      run(command, "logout", async (context) => (await import("./commands/logout.js")).logout(context)),
    );

  program
    .command("stat")
    .description("show one file or folder: name, size, kind, modified, provider, hashes, raw URL")
    .argument("<remote-path>", "the path on the server, e.g. /local/Movies/film.mkv")
    .option("--password <password>", "the folder's password, if it has one")
    .action((remotePath: string, options, command: Command) =>
      run(command, `stat ${remotePath}`, async (context) =>
        (await import("./commands/stat.js")).stat(context, remotePath, options),
      ),
    );

  program
    .command("put")
    .description("upload a file, streaming it (Last-Modified is the file's mtime); progress on a terminal")
    .argument("<local-file>", "the file to send")
    .argument("<remote-path>", "the destination file, or a folder ending in / to keep the file's name")
    .option("--as-task", "let the server queue the upload as a task, and print the task")
    .option("--no-overwrite", "fail if the remote file exists (the server overwrites by default)")
    .option("--password <password>", "the destination folder's password, if it has one")
    .action((local: string, remote: string, options, command: Command) =>
      run(command, `put ${local}`, async (context, scene) =>
        (await import("./commands/put.js")).put(context, local, remote, options, scene),
      ),
    );

  return program;
}
