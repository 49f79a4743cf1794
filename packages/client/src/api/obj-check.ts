/**
 * Checks the fields of a file or folder object (fs/get, fs/list) that the client and its
 * callers rely on, so a broken answer fails as a protocol error naming the field instead of
 * a TypeError deep in whoever reads it.
 */
import { AlistProtocolError } from "../errors.js";

/** The fields callers read, with their types; each is checked when present. */
const FIELDS = {
  name: "string",
  size: "number",
  is_dir: "boolean",
  modified: "string",
  created: "string",
  sign: "string",
  thumb: "string",
  raw_url: "string",
  provider: "string",
} as const;

function typeName(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  return `a ${typeof value}`;
}

function refuse(operation: string, reason: string): AlistProtocolError {
  return new AlistProtocolError(operation, 200, "application/json", reason);
}

/** Throws unless `value` is an object whose Obj fields have their types; `where` names it, e.g. `content[3]`. */
export function checkObj(operation: string, value: unknown, where: string): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw refuse(operation, `${where} is ${typeName(value)}, not an object`);
  }
  const record = value as Record<string, unknown>;
  for (const [field, type] of Object.entries(FIELDS)) {
    const got = record[field];
    if (got !== undefined && typeof got !== type) {
      throw refuse(operation, `${where}.${field} is ${typeName(got)}, not a ${type}`);
    }
  }
  const size = record.size;
  if (size !== undefined && (!Number.isSafeInteger(size) || (size as number) < 0)) {
    throw refuse(operation, `${where}.size is not a byte count`);
  }
}

/**
 * Also refuses a folder entry whose name could not be one: `.`, `..`, or holding a `/` or
 * NUL. Callers join these names into paths, local ones too.
 */
export function checkEntry(operation: string, value: unknown, where: string): void {
  checkObj(operation, value, where);
  const name = (value as { name?: string }).name ?? "";
  const problem =
    name === "." || name === ".."
      ? `it is "${name}"`
      : name.includes("\0")
        ? "it holds a NUL character"
        : name.includes("/")
          ? 'it holds a "/"'
          : undefined;
  if (problem) throw refuse(operation, `${where}.name is not a valid entry name: ${problem}`);
}
