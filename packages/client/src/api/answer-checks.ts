/**
 * Checks the parts of a success's `data` the client relies on, and turns `null` lists into
 * `[]`: the data keeps the spec's type, and a server that does not speak this API fails
 * with a protocol error here instead of a TypeError in whoever reads the data.
 */
import { AlistProtocolError } from "../errors.js";

function malformed(operation: string, reason: string): AlistProtocolError {
  return new AlistProtocolError(operation, 200, "application/json", reason);
}

/** `data` as an object; anything else means the server does not speak this API. */
export function objectData<T>(operation: string, data: T, what: string): NonNullable<T> {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw malformed(operation, `success without ${what} in data`);
  }
  return data;
}

/** A list the server may send as `null` (a Go nil slice): handed to callers as `[]`. */
export function listData<T>(operation: string, value: T[] | null | undefined, what: string): T[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw malformed(operation, `success with ${what} that is not a list`);
  return value;
}
