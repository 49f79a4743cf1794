/** The public routes, login, the current user, and (only when allowed) the account-changing ones. */
import { hashPassword } from "@alist-toolkit/client";
import { code, data, type FlowContext } from "./context.js";

export async function runPublic(ctx: FlowContext): Promise<void> {
  const { session } = ctx;
  const ping = await session.call("ping", { label: "positive", intent: "answer" });
  const text = ping.exchange.answer.text;
  session.assert(
    ping.exchange,
    "positive-data-acceptance",
    text === "pong" ? undefined : { path: "body", expected: '"pong"', actual: JSON.stringify(text.slice(0, 60)) },
  );
  await session.call("publicSettings", { label: "positive", intent: "positive" });
  const tools = await session.call("offlineDownloadTools", { label: "positive", intent: "positive" });
  const list = data<unknown>(tools.exchange.answer.json);
  ctx.offlineTools = Array.isArray(list) ? list.filter((tool): tool is string => typeof tool === "string") : [];
  await session.call("archiveExtensions", { label: "positive", intent: "positive" });
}

/** Logs in (hash, then plain) unless a token was given. False when no token could be had. */
export async function runLogin(ctx: FlowContext): Promise<boolean> {
  const { session, credentials } = ctx;
  if (!credentials) {
    session.skip("loginHash", ["positive-data-acceptance"], "a token was given: no login");
    session.skip("login", ["positive-data-acceptance"], "a token was given: no login");
    return session.token !== undefined;
  }
  const plain = await session.call("login", { label: "positive", intent: "positive", body: credentials });
  const hashed = await session.call("loginHash", {
    label: "positive",
    intent: "positive",
    body: { username: credentials.username, password: hashPassword(credentials.password) },
  });
  for (const outcome of [hashed, plain]) {
    const token = data<{ token?: unknown }>(outcome.exchange.answer.json)?.token;
    if (code(outcome.exchange.answer.json) === 200 && typeof token === "string" && token) {
      session.token = token;
      return true;
    }
  }
  return false;
}

export async function runMe(ctx: FlowContext): Promise<string | undefined> {
  const me = await ctx.session.call("me", { label: "positive", intent: "positive" });
  const name = data<{ username?: unknown }>(me.exchange.answer.json)?.username;
  return typeof name === "string" ? name : undefined;
}

export const ACCOUNT_OPERATIONS = ["meUpdate", "twoFactorGenerate", "twoFactorVerify"];

/** me/update with the same user name (nothing changes), 2FA generate, 2FA verify with a wrong code. */
export async function runAccount(ctx: FlowContext, username: string | undefined): Promise<void> {
  const { session } = ctx;
  if (!ctx.allowAccountChanges) {
    for (const op of ACCOUNT_OPERATIONS) {
      session.skip(
        op,
        ["positive-data-acceptance", "negative-data-rejection", "ignored-auth"],
        "changes the account: only with --allow-account-changes",
      );
    }
    return;
  }
  if (username)
    await session.call("meUpdate", { label: "positive (same user name)", intent: "positive", body: { username } });
  const generated = await session.call("twoFactorGenerate", { label: "positive", intent: "positive" });
  const secret = data<{ secret?: unknown }>(generated.exchange.answer.json)?.secret;
  // A wrong code: verifying a right one would turn two-factor authentication on for the account.
  await session.call("twoFactorVerify", {
    label: "wrong code",
    intent: "negative",
    body: { code: "000000", secret: typeof secret === "string" ? secret : "JBSWY3DPEHPK3PXP" },
  });
  session.skip("twoFactorVerify", ["positive-data-acceptance"], "a right code would turn two-factor authentication on");
}

/** Last: logs out, then the old token must be refused. */
export async function runLogout(ctx: FlowContext): Promise<void> {
  const { session } = ctx;
  if (!ctx.credentials) {
    session.skip("logout", ["positive-data-acceptance"], "a token was given: logging out would end its session");
    return;
  }
  await session.call("logout", { label: "positive", intent: "positive" });
  if (!ctx.stores) return;
  await session.call("me", { label: "token after logout", intent: "bad-token" });
}
