/**
 * Names from a server's listing, checked before they become local paths: the server is not
 * trusted to send only names a folder can hold. The client already refuses a listing with
 * ".", "..", "/" or NUL in a name; this also stops an empty name, a backslash (a separator on
 * Windows) and anything else that would not land directly inside its folder.
 */
import { basename, dirname, resolve } from "node:path";

/** Why `name` must not be written inside `folder`, or undefined when it is safe. */
export function unsafeLocalName(folder: string, name: string): string | undefined {
  if (name === "") return "the name is empty";
  if (name === "." || name === "..") return `the name is "${name}"`;
  if (name.includes("/")) return 'the name holds a "/"';
  if (name.includes("\\")) return 'the name holds a "\\"';
  if (name.includes("\0")) return "the name holds a NUL character";
  const at = resolve(folder, name);
  if (dirname(at) !== resolve(folder) || basename(at) !== name) return "the name would land outside its folder";
  return undefined;
}
