import { createHash } from "node:crypto";
import { PASSWORD_SALT } from "./password-salt.js";

/** The value `/api/auth/login/hash` expects: hex sha256 of `password-<salt>` (sync, node:crypto). */
export function hashPassword(password: string): string {
  return createHash("sha256").update(`${password}-${PASSWORD_SALT}`).digest("hex");
}
