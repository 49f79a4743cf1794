/**
 * `alist login`: gets a token (hashed password by default, `--plain` for /api/auth/login)
 * and saves server, user name, token and time. The password is asked for without echo on
 * a terminal, or read from stdin / ALIST_PASSWORD; it is never saved or printed.
 */
import { AlistOtpError } from "@alist-toolkit/client";
import { UsageError } from "../command-errors.js";
import { sameServer, writeSavedLogin } from "../config.js";
import type { Context } from "../context.js";
import { printable } from "../printable.js";
import { promptHidden, promptLine, readAll } from "../prompt.js";
import type { LoginOptions } from "../registration/login.js";

async function readPassword(context: Context, interactive: boolean): Promise<string> {
  let password: string | undefined;
  if (context.options.passwordStdin) password = await readAll(context.stdin);
  else if (context.env.ALIST_PASSWORD) password = context.env.ALIST_PASSWORD;
  else if (interactive) password = await promptHidden("Password: ", context.stdin, context.out.stderr);
  else throw new UsageError("no password: pass --password-stdin and write it to stdin, or set ALIST_PASSWORD");
  if (password === "") throw new UsageError("the password is empty");
  return password;
}

export async function login(context: Context, options: LoginOptions): Promise<void> {
  if (!context.server()) throw new UsageError("login needs a server: pass --server URL or set ALIST_URL");
  const client = context.connect("none");
  const server = client.baseUrl;
  const saved = context.savedLogin();
  const interactive = Boolean(context.stdin.isTTY && context.out.stderr.isTTY);
  const ask = (question: string) => promptLine(question, context.stdin, context.out.stderr);

  // --username and --password-stdin are global options: they also serve unattended logins.
  let username = context.options.username ?? (sameServer(saved.server, server) ? saved.username : undefined);
  if (!username && interactive) username = await ask("Username: ");
  if (!username) throw new UsageError("login needs --username NAME");
  const password = await readPassword(context, interactive);

  const attempt = (otpCode: string | undefined) =>
    client.login({
      username: username as string,
      password,
      plain: Boolean(options.plain),
      signal: context.signal,
      ...(otpCode ? { otpCode } : {}),
    });
  let token: string;
  try {
    ({ token } = await attempt(options.otp));
  } catch (error) {
    // The account has two-factor authentication: ask for the code when someone can answer.
    if (!(error instanceof AlistOtpError && error.otpRequired && interactive)) throw error;
    ({ token } = await attempt(await ask("One-time code: ")));
  }

  const obtainedAt = new Date().toISOString();
  writeSavedLogin(context.configPath, { server, username, token, obtainedAt });
  context.out.status(
    { server, username, obtainedAt, config: context.configPath },
    `Logged in to ${server} as ${printable(username)}; the token is saved in ${printable(context.configPath)}.`,
  );
}
