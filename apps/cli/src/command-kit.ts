/**
 * What every command's registration shares: the root command with the global options and
 * help, the option parsers, and `run`, which loads the runner only when a command runs.
 */
// extra-typings: each action's options are typed from its .option() calls.
import { Command, InvalidArgumentError } from "@commander-js/extra-typings";
import { EXIT_CODES_HELP } from "./exit-codes.js";
import type { CommandBody } from "./run.js";

const ENVIRONMENT_HELP = `Environment:
  ALIST_URL        server URL (--server wins over it; it wins over the saved login)
  ALIST_TOKEN      token (--token wins over it; it wins over the saved login)
  ALIST_USERNAME   with ALIST_PASSWORD (or --password-stdin): log in unattended when a command has
                   no token for the server or its token died (hash login), retry once, and save
                   the new token; --username wins over it. The password is never saved
  ALIST_PASSWORD   password for \`alist login\` when it is not typed at a prompt, and for logging
                   in unattended. --password-stdin wins over it: outside login it reads a pipe
                   (never a terminal), and only when a login is needed
  ALIST_FOLDER_PASSWORD
                   folder password for ls, stat, get and put (--password wins over it; unlike an
                   argument it does not show in \`ps\`); on a terminal ls, stat and get ask when needed
  XDG_CONFIG_HOME  the saved login is $XDG_CONFIG_HOME/alist-cli/config.json (default ~/.config/...)
  NO_COLOR         no colour in the output`;

/** The longest timer Node keeps: a longer one fires at once (with a warning on stderr). */
const MAX_SECONDS = Math.floor((2 ** 31 - 1) / 1000);

export function seconds(value: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError("expected a number of seconds (0 = no limit)");
  }
  if (parsed > MAX_SECONDS) {
    throw new InvalidArgumentError(`at most ${MAX_SECONDS} seconds (about 24 days; 0 = no limit)`);
  }
  return parsed;
}

export function jobs(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) {
    throw new InvalidArgumentError("expected a whole number from 1 to 64");
  }
  return parsed;
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Loads the runner and hands it the merged global and command options. */
export async function run(
  command: { optsWithGlobals(): GlobalOptions },
  what: string,
  body: CommandBody,
): Promise<void> {
  const { runCommand } = await import("./run.js");
  await runCommand(command.optsWithGlobals(), what, body);
}

/** The `alist` command with its global options, help texts and error output. */
export function rootCommand() {
  return new Command("alist")
    .description("Log in to, browse, upload to and download from an AList / OpenList server.")
    .version(__ALIST_VERSION__, "-V, --version", "print the version")
    .helpOption("-h, --help", "show help")
    .option("--server <url>", "server URL, e.g. http://127.0.0.1:5244 (default: $ALIST_URL, then the saved login)")
    .option("--token <token>", "token to send (default: $ALIST_TOKEN, then the saved login for this server)")
    .option(
      "--username <name>",
      "user name for login (default: the saved one for this server), and for logging in unattended (default: $ALIST_USERNAME)",
    )
    .option(
      "--password-stdin",
      "read the password from stdin: for login, or to log in unattended when a command has no working token (read only then)",
    )
    .option(
      "-H, --header <header>",
      'extra header "Name: value" for every request (e.g. for a reverse proxy); repeatable',
      collect,
    )
    .option(
      "--timeout <seconds>",
      "give up when the server does not answer in time (default 30; put and get: no limit)",
      seconds,
    )
    .option(
      "--idle-timeout <seconds>",
      "put and get: give up when no byte moved for this long (default 60; 0 = no limit)",
      seconds,
    )
    .option("--json", "print one JSON document on stdout, for errors too")
    .option("--verbose", "tell what happens on stderr, and show stack traces (never secrets or header values)")
    .configureHelp({ showGlobalOptions: true })
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`alist: ${text.replace(/^error: /, "")}`) })
    .addHelpText("afterAll", `\n${ENVIRONMENT_HELP}\n\n${EXIT_CODES_HELP}\n`);
}

/** The root command, typed with its global options, that each registration adds to. */
export type Program = ReturnType<typeof rootCommand>;

/** The options a command-building function's `.option()` calls declare, as its action receives them. */
export type OptionsOf<Build extends (...args: never[]) => { opts(): unknown }> = ReturnType<ReturnType<Build>["opts"]>;

/** The global options, typed from rootCommand()'s `.option()` calls. */
export type GlobalOptions = OptionsOf<typeof rootCommand>;
