/**
 * Checks header names and values before anything is sent. A value with a line break or NUL
 * would make the HTTP layer throw an error that quotes the value (a token, a password), and
 * the failure would look like a lost connection; refused here, the error names the header only.
 */
import { AlistInputError } from "./errors.js";

const NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

/** Why `value` cannot be sent as a header value, or undefined when it can. */
export function headerValueProblem(value: string): string | undefined {
  let wide = false;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    // Control characters other than tab are never valid in a header value.
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) {
      return "contains a line break, NUL or other control character";
    }
    // node:http cannot put characters beyond Latin-1 in a header.
    if (code > 0xff) wide = true;
  }
  return wide ? "contains characters a header cannot carry (beyond Latin-1)" : undefined;
}

/** Throws AlistInputError naming `what` (never the value) when the value cannot be sent. */
export function checkHeaderValue(what: string, value: string): void {
  const problem = headerValueProblem(value);
  if (problem) throw new AlistInputError(`${what} ${problem}`);
}

/** Checks every name and value of a header map. */
export function checkHeaders(headers: Record<string, string> | undefined): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    if (!NAME.test(name)) throw new AlistInputError(`invalid header name ${JSON.stringify(name)}`);
    if (typeof value !== "string") throw new AlistInputError(`header ${name} has a value that is not a string`);
    checkHeaderValue(`header ${name}`, value);
  }
}

/** Checks a token before it is kept for the Authorization header. */
export function checkToken(token: string | undefined): void {
  if (token) checkHeaderValue("the token (Authorization header)", token);
}

/**
 * A UTF-8 string as the header value node:http sends byte for byte (it writes header strings
 * as Latin-1): servers read such headers as UTF-8, as they read the JSON calls' passwords.
 */
export function utf8HeaderValue(value: string): string {
  let latin1 = "";
  for (const byte of new TextEncoder().encode(value)) latin1 += String.fromCharCode(byte);
  return latin1;
}
