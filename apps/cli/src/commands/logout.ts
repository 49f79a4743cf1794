/** `alist logout`: forgets the saved token, keeps the server and user name for the next login. */
import { writeSavedLogin } from "../config.js";
import type { Context } from "../context.js";
import { printable } from "../printable.js";

export async function logout(context: Context): Promise<void> {
  // The time obtained belongs to the token and goes with it.
  const { token, obtainedAt: _obtainedAt, ...kept } = context.savedLogin();
  if (token) writeSavedLogin(context.configPath, kept);
  context.out.status(
    { server: kept.server ?? null, username: kept.username ?? null, loggedOut: Boolean(token) },
    token
      ? `Forgot the token for ${printable(kept.username ?? "?")} at ${printable(kept.server ?? "?")} (server and user name kept).`
      : "Not logged in: there was no saved token.",
  );
}
