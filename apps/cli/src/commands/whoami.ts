/** `alist whoami`: the user the token belongs to (GET /api/me). */
import type { CurrentUser } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import { fields } from "../format.js";
import type { Style } from "../output.js";

const ROLES: Record<number, string> = { 0: "general", 1: "guest", 2: "admin" };

/** Permission bits 0-13, the same on every server line (the forks give 14 and up different meanings). */
const PERMISSIONS = [
  "see hidden",
  "no folder password",
  "offline download",
  "write",
  "rename",
  "move",
  "copy",
  "remove",
  "webdav read",
  "webdav write",
  "ftp read",
  "ftp write",
  "read archives",
  "decompress",
];

/** `0x30ff: see hidden, ...`; bits without a shared meaning are named by number. */
export function permissionText(mask: number): string {
  const names: string[] = [];
  for (let bit = 0; bit < 32; bit++) {
    if (mask & (1 << bit)) names.push(PERMISSIONS[bit] ?? `bit ${bit}`);
  }
  return `0x${(mask >>> 0).toString(16)}${names.length ? `: ${names.join(", ")}` : " (none)"}`;
}

function roleText(user: CurrentUser): string {
  // AlistGo sends role ids and their names.
  if (Array.isArray(user.role)) return user.role_names?.join(", ") || user.role.map((id) => ROLES[id] ?? id).join(", ");
  return ROLES[user.role] ?? `role ${user.role}`;
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
