/**
 * The command line: global options, the commands and their help. Only this file and
 * commander load at start-up; a command's code (and the client) is imported when it runs.
 */
// extra-typings: each action's options are typed from its .option() calls.
import { Command, InvalidArgumentError } from "@commander-js/extra-typings";
import type { GlobalOptions } from "./context.js";
import { EXIT_CODES_HELP } from "./exit-codes.js";
import type { CommandBody } from "./run.js";

const ENVIRONMENT_HELP = `Environment:
  ALIST_URL        server URL (--server wins over it; it wins over the saved login)
  ALIST_TOKEN      token (--token wins over it; it wins over the saved login)
  ALIST_USERNAME   with ALIST_PASSWORD: log in unattended when a command has no token for the
                   server or its token died (hash login), retry once, and save the new token
  ALIST_PASSWORD   password for \`alist login\` when it is not typed at a prompt
  ALIST_FOLDER_PASSWORD
                   folder password for ls, stat, get and put (--password wins over it; unlike an
                   argument it does not show in \`ps\`); on a terminal ls, stat and get ask when needed
  XDG_CONFIG_HOME  the saved login is $XDG_CONFIG_HOME/alist-cli/config.json (default ~/.config/...)
  NO_COLOR         no colour in the output`;

function seconds(value: string): number {
  const parsed = Number(value);
  if (value.trim() === "" || !Number.isFinite(parsed) || parsed < 0) {
    throw new InvalidArgumentError("expected a number of seconds (0 = no limit)");
  }
  return parsed;
}

function jobs(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1 || parsed > 64) {
    throw new InvalidArgumentError("expected a whole number from 1 to 64");
  }
  return parsed;
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/** Loads the runner and hands it the merged global and command options. */
async function run(command: { optsWithGlobals(): GlobalOptions }, what: string, body: CommandBody): Promise<void> {
  const { runCommand } = await import("./run.js");
  await runCommand(command.optsWithGlobals(), what, body);
}

export function buildProgram() {
  const program = new Command("alist")
    .description("Log in to, browse, upload to and download from an AList / OpenList server.")
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
      "give up when the server does not answer in time (default 30; put and get: no limit)",
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
    .action((options, command) =>
      run(command, "login", async (context) => (await import("./commands/login.js")).login(context, options)),
    );

  program
    .command("logout")
    .description("forget the saved token (the server and user name stay for the next login)")
    .action((_options, command) =>
      run(command, "logout", async (context) => (await import("./commands/logout.js")).logout(context)),
    );

  program
    .command("stat")
    .description("show one file or folder: name, size, kind, modified, provider, hashes, raw URL")
    .argument("<remote-path>", "the path on the server, e.g. /local/Movies/film.mkv")
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    )
    .action((remotePath: string, options, command) =>
      run(command, `stat ${remotePath}`, async (context) =>
        (await import("./commands/stat.js")).stat(context, remotePath, options),
      ),
    );

  program
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
    .option("--password <password>", "the destination folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD)")
    .action((local: string, remote: string, options, command) =>
      run(command, `put ${local}`, async (context, scene) => {
        // Loaded here: it comes from the client, which --help and --version must not load.
        const { UsageError } = await import("./command-errors.js");
        if (options.recursive) {
          if (options.asTask || options.overwrite === false) {
            throw new UsageError("--as-task and --no-overwrite do not apply to put -r");
          }
          const tree = await import("./commands/put-tree.js");
          return tree.putTree(context, local, remote, { ...options, jobs: options.jobs ?? 4 }, scene);
        }
        if (options.force || options.jobs !== undefined) throw new UsageError("--force and --jobs apply only with -r");
        return (await import("./commands/put.js")).put(context, local, remote, options, scene);
      }),
    );

  program
    .command("whoami")
    .description("show the user the token belongs to: name, role, base path, permissions, 2FA")
    .action((_options, command) =>
      run(command, "whoami", async (context) => (await import("./commands/whoami.js")).whoami(context)),
    );

  program
    .command("ls")
    .description("list a folder, every page of it (-l: kind, size, modified)")
    .argument("[remote-path]", "the folder", "/")
    .option("-l, --long", "one entry per line with kind, size and modified time")
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    )
    .action((remotePath: string, options, command) =>
      run(command, `ls ${remotePath}`, async (context) =>
        (await import("./commands/ls.js")).ls(context, remotePath, options),
      ),
    );

  program
    .command("mkdir")
    .description("create folders (the server creates missing parents); an existing one is an error unless -p")
    .argument("<remote-path...>", "the folders to create")
    .option("-p, --parents", "no error if it exists; create each missing parent first")
    .action((paths: string[], options, command) =>
      run(command, `mkdir ${paths.join(" ")}`, async (context) =>
        (await import("./commands/mkdir.js")).mkdir(context, paths, options),
      ),
    );

  program
    .command("rm")
    .description("remove files and folders (a folder goes with everything in it); one call per folder")
    .argument("<remote-path...>", "what to remove")
    .action((paths: string[], _options, command) =>
      run(command, `rm ${paths.join(" ")}`, async (context) => (await import("./commands/rm.js")).rm(context, paths)),
    );

  for (const [name, kind, what] of [
    ["mv", "move", "move files and folders into a folder"],
    ["cp", "copy", "copy files and folders into a folder; prints the tasks a copy between storages starts"],
  ] as const) {
    program
      .command(name)
      .description(what)
      .usage("[options] <src...> <dst-dir>")
      .argument("<paths...>", `what to ${kind}, then the destination folder`)
      .option("--overwrite", "replace entries of the same name in the destination (default: refuse)")
      .action((paths: string[], options, command) => {
        if (paths.length < 2) command.error("missing required argument 'dst-dir'", { exitCode: 2 });
        const sources = paths.slice(0, -1);
        const destination = paths.at(-1) as string;
        return run(command, `${name} ${paths.join(" ")}`, async (context) =>
          (await import("./commands/transfer.js")).transfer(context, kind, sources, destination, options),
        );
      });
  }

  program
    .command("get")
    .description("download a file, streaming it; progress on a terminal; never overwrites unless --force")
    .argument("<remote-path>", "the file on the server")
    .argument("[local-path]", "where to write it (default: its name, here; a folder: its name in it)")
    .option("--force", "replace the local file if it exists")
    .option(
      "--password <password>",
      "the folder's password (shows in `ps`: prefer $ALIST_FOLDER_PASSWORD, or typing it when asked)",
    )
    .action((remote: string, local: string | undefined, options, command) =>
      run(command, `get ${remote}`, async (context, scene) =>
        (await import("./commands/get.js")).get(context, remote, local, options, scene),
      ),
    );

  program
    .command("tasks")
    .description("list the undone and done tasks of one type, or of every type")
    .argument(
      "[type]",
      "upload, copy, offline_download, offline_download_transfer, decompress, decompress_upload, move (OpenList)",
    )
    .action((type: string | undefined, _options, command) =>
      run(command, type ? `tasks ${type}` : "tasks", async (context) =>
        (await import("./commands/tasks.js")).tasks(context, type),
      ),
    );

  return program;
}
