import { AlistInputError } from "./errors.js";

/**
 * Checks a single entry name (as sent in `names`, or a new name): the server joins it under a
 * folder, so a slash or a `..` would reach somewhere else than the caller meant.
 */
export function checkEntryName(name: string): string {
  if (name.length === 0) throw new AlistInputError("entry name is empty");
  if (name === "." || name === "..") throw new AlistInputError(`entry name must not be "${name}"`);
  if (name.includes("/")) throw new AlistInputError(`entry name must not contain "/": ${name}`);
  if (name.includes("\0")) throw new AlistInputError("entry name contains a NUL character");
  return name;
}
