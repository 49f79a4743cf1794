/** `alist whoami`: the user the token belongs to (GET /api/me). */
import { type CurrentUser, PermissionBits, PermissionBitsByLine, UserRoleText } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import { fields } from "../format.js";
import type { Style } from "../output.js";

/** What a bit means on each server line that gives it one, e.g. `bit 14 (openlist: share, alistgo: check path limit)`. */
function lineBitText(bit: number): string {
  const meanings = Object.entries(PermissionBitsByLine).flatMap(([line, bits]) =>
    bits[bit] ? [`${line}: ${bits[bit]}`] : [],
  );
  return meanings.length ? `bit ${bit} (${meanings.join(", ")})` : `bit ${bit}`;
}

/**
 * `0x30ff: see hidden, ...`, with the spec's names (CurrentUser.permission's x-bit-names); a bit
 * whose meaning depends on the server line names each line's meaning.
 */
export function permissionText(mask: number): string {
  const names: string[] = [];
  for (let bit = 0; bit < 32; bit++) {
    if (mask & (1 << bit)) names.push(PermissionBits[bit] ?? lineBitText(bit));
  }
  return `0x${(mask >>> 0).toString(16)}${names.length ? `: ${names.join(", ")}` : " (none)"}`;
}

function roleText(user: CurrentUser): string {
  // AlistGo sends role ids and their names.
  if (Array.isArray(user.role))
    return user.role_names?.join(", ") || user.role.map((id) => UserRoleText[id] ?? id).join(", ");
  return UserRoleText[user.role] ?? `role ${user.role}`;
}

export function renderUser(user: CurrentUser, style: Style): string {
  return fields(
    [
      ["username", user.username],
      ["role", roleText(user)],
      ["base path", user.base_path],
      ["permissions", permissionText(user.permission)],
      ["2FA", user.otp ? "on" : "off"],
      ["disabled", user.disabled ? "yes" : "no"],
    ],
    style.bold,
  );
}

export async function whoami(context: Context): Promise<void> {
  const client = context.connect("required");
  // The server always sends an empty password; it is left out all the same.
  const { password: _password, ...user } = await client.me({ signal: context.signal });
  context.out.data(user, () => renderUser(user as CurrentUser, context.out.style));
}
