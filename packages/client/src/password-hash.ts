import { createHash } from "node:crypto";

/** The salt every AList line (alist, AlistGo, OpenList) appends before hashing. */
const SALT = "https://github.com/alist-org/alist";

/** The value `/api/auth/login/hash` expects: hex sha256 of `password-<salt>`. */
export function hashPassword(password: string): string {
  return createHash("sha256").update(`${password}-${SALT}`).digest("hex");
}
