import { PASSWORD_SALT } from "./password-salt.js";

/**
 * The value `/api/auth/login/hash` expects: hex sha256 of `password-<salt>`, computed with Web
 * Crypto (`crypto.subtle`), so it runs in browsers, workers, Deno, Bun and Node alike. Browsers
 * offer `crypto.subtle` only in secure contexts (https, or http://localhost / 127.0.0.1).
 */
export async function hashPasswordAsync(password: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(`${password}-${PASSWORD_SALT}`));
  let hex = "";
  for (const byte of new Uint8Array(digest)) hex += byte.toString(16).padStart(2, "0");
  return hex;
}
