/**
 * What every command shares: the global options resolved into a server, a token and
 * headers (with their precedence), the saved login, output, and the Ctrl-C signal.
 */
import { type AlistClient, createAlistClient } from "@alist-toolkit/client";
import { NotLoggedInError, UsageError } from "./command-errors.js";
import type { GlobalOptions } from "./command-kit.js";
import { configPath, readSavedLogin, type SavedLogin, sameServer, writeSavedLogin } from "./config.js";
import type { FailureScene } from "./failure-report.js";
import type { Output } from "./output.js";
import { printable } from "./printable.js";
import { readAll } from "./prompt.js";

export type { GlobalOptions };

export interface Context {
  readonly options: GlobalOptions;
  readonly out: Output;
  readonly env: NodeJS.ProcessEnv;
  readonly stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Aborted on Ctrl-C. */
  readonly signal: AbortSignal;
  readonly configPath: string;
  /** The server the user named or saved, with where it came from; undefined if none. */
  server(): { url: string; from: string } | undefined;
  savedLogin(): SavedLogin;
  /**
   * A client for the resolved server. `"required"`: fails (exit 3) when there is no token;
   * `"none"`: sends none (login).
   */
  connect(tokenUse: "required" | "none"): AlistClient;
  /** The timeout for JSON calls in ms, when --timeout was given. */
  readonly timeoutMs: number | undefined;
}

/** How long the check that a server is there may take, before a missing login is reported. */
const PROBE_MS = 5000;

const HEADER = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+):[ \t]*(.*)$/;

/** Parses the -H values; the messages never repeat a value, which may be a credential. */
export function parseHeaders(values: string[] | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  (values ?? []).forEach((raw, index) => {
    const match = HEADER.exec(raw);
    if (!match?.[1]) {
      throw new UsageError(`-H/--header must look like "Name: value" (header ${index + 1} does not)`);
    }
    headers[match[1]] = (match[2] ?? "").trim();
  });
  return headers;
}

export function createContext(init: {
  options: GlobalOptions;
  out: Output;
  env: NodeJS.ProcessEnv;
  stdin: Context["stdin"];
  signal: AbortSignal;
  /** Learns the server's address once it is known, for error messages. */
  scene: FailureScene;
}): Context {
  const { options, out, env, scene, ...rest } = init;
  const path = configPath(env);
  const headers = parseHeaders(options.header);
  const timeoutMs = options.timeout === undefined ? undefined : Math.round(options.timeout * 1000);
  const idleTimeoutMs = options.idleTimeout === undefined ? undefined : Math.round(options.idleTimeout * 1000);
  let saved: SavedLogin | undefined;

  const context: Context = {
    ...rest,
    options,
    out,
    env,
    configPath: path,
    timeoutMs,
    savedLogin() {
      saved ??= readSavedLogin(path, (message) => out.warn(message));
      return saved;
    },
    server() {
      if (options.server) return { url: options.server, from: "--server" };
      if (env.ALIST_URL) return { url: env.ALIST_URL, from: "ALIST_URL" };
      const login = context.savedLogin();
      return login.server ? { url: login.server, from: `the saved login (${path})` } : undefined;
    },
    connect(tokenUse) {
      const server = context.server();
      if (!server) {
        throw new NotLoggedInError("no server: run `alist login --server URL`, or pass --server URL or set ALIST_URL");
      }
      const token = tokenUse === "none" ? undefined : pickToken(options, env, context.savedLogin(), server.url);
      // Unattended: with a user name and a password the client logs in when it has no token or
      // its token died, and each new token is saved as `alist login` saves it.
      const unattended = tokenUse === "none" ? undefined : unattendedLogin(options, env, init.stdin);
      let baseUrl = server.url;
      const client = createAlistClient({
        baseUrl: server.url,
        token: token?.value,
        headers,
        ...(unattended
          ? {
              login: { username: unattended.username, password: unattended.password },
              onToken: (fresh: string) => {
                const obtainedAt = new Date().toISOString();
                writeSavedLogin(path, { server: baseUrl, username: unattended.username, token: fresh, obtainedAt });
                out.verbose(
                  `logged in as ${printable(unattended.username)} (from ${unattended.from}); the token is saved in ${path}`,
                );
              },
            }
          : {}),
        ...(timeoutMs !== undefined ? { timeoutMs } : {}),
        ...(idleTimeoutMs !== undefined ? { idleTimeoutMs } : {}),
        onAnswer: ({ operation, status, contentType, body }) => {
          const envelope = body as { code?: unknown; message?: unknown } | undefined;
          const code = typeof envelope?.code === "number" ? `, code ${envelope.code}` : "";
          out.verbose(`${operation}: HTTP ${status} ${contentType || "(no content type)"}${code}`);
        },
      });
      scene.server = client.baseUrl;
      baseUrl = client.baseUrl;
      out.verbose(`server ${client.baseUrl} (from ${server.from})`);
      if (tokenUse !== "none") out.verbose(token ? `token from ${token.from} (not shown)` : "no token");
      const names = Object.keys(headers);
      if (names.length > 0) out.verbose(`extra headers: ${names.join(", ")} (values not shown)`);
      if (tokenUse === "required" && !token && !unattended) {
        const saved = context.savedLogin().server;
        const elsewhere = saved && !sameServer(saved, client.baseUrl) ? ` (the saved login is for ${saved})` : "";
        throw new NotLoggedInError(
          `not logged in to ${client.baseUrl}${elsewhere}: run \`alist login\`, or pass --token or set ALIST_TOKEN`,
          () => client.ping({ signal: init.signal, timeoutMs: timeoutMs ? Math.min(timeoutMs, PROBE_MS) : PROBE_MS }),
        );
      }
      return client;
    },
  };
  return context;
}

interface UnattendedCredentials {
  username: string;
  /** Where the user name came from, for --verbose. */
  from: string;
  /** ALIST_PASSWORD, or a reader of stdin that the client calls only when it must log in. */
  password: string | (() => Promise<string>);
}

/**
 * --username (else ALIST_USERNAME) with --password-stdin (else ALIST_PASSWORD), for logging in
 * unattended; the password stays in memory. --password-stdin is refused at once where stdin
 * cannot carry it: without a user name, or on a terminal (that is what `alist login` is for).
 */
function unattendedLogin(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv,
  stdin: Context["stdin"],
): UnattendedCredentials | undefined {
  const username = options.username ?? env.ALIST_USERNAME;
  const from = options.username !== undefined ? "--username" : "ALIST_USERNAME";
  if (options.passwordStdin) {
    if (!username) throw new UsageError("--password-stdin needs --username NAME or ALIST_USERNAME");
    if (stdin.isTTY) {
      throw new UsageError(
        "--password-stdin reads the password from a pipe, but stdin is a terminal: run `alist login`",
      );
    }
    return { username, from, password: () => passwordFromStdin(stdin) };
  }
  const password = env.ALIST_PASSWORD;
  return username && password ? { username, from, password } : undefined;
}

async function passwordFromStdin(stdin: Context["stdin"]): Promise<string> {
  const password = await readAll(stdin);
  if (password === "") throw new UsageError("--password-stdin: the password on stdin is empty");
  return password;
}

/** --token, then ALIST_TOKEN, then the saved token, but only when it was saved for this server. */
function pickToken(
  options: GlobalOptions,
  env: NodeJS.ProcessEnv,
  saved: SavedLogin,
  server: string,
): { value: string; from: string } | undefined {
  if (options.token) return { value: options.token, from: "--token" };
  if (env.ALIST_TOKEN) return { value: env.ALIST_TOKEN, from: "ALIST_TOKEN" };
  if (saved.token && sameServer(saved.server, server)) return { value: saved.token, from: "the saved login" };
  return undefined;
}
