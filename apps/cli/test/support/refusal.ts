/** How a server's refusal must look to the user, for tests that walk the spec's error examples. */
import type { ExpectStatic } from "vitest";
import type { CliResult } from "./cli.js";
import { exitCodeFor } from "./spec.js";

export const json = (result: CliResult) => JSON.parse(result.stdout);

export const errorLine = (what: string, message: string, code: number, hint = "") =>
  `alist: ${what}: ${message} (code ${code})${hint}\n`;

/** The hint after a 401 outside login. */
export const reLogin = (code: number) => (code === 401 ? ": log in again with `alist login`" : "");

/** A server refusal run with --json: the documented exit code, the one line, the JSON error. */
export function expectRefusal(
  expect: ExpectStatic,
  result: CliResult,
  what: string,
  answer: { code: number; message: string },
  hint = "",
) {
  const { code, message } = answer;
  expect(result.code).toBe(exitCodeFor(code, what));
  expect(result.stderr).toBe(errorLine(what, message, code, hint));
  expect(json(result)).toEqual({
    error: { kind: exitCodeFor(code, what) === 3 ? "auth" : "api", message: result.stderr.slice(7, -1), code },
  });
}
