/** Checks the parts of a success's `data` the client relies on, and turns `null` lists into `[]`. */
import type { JsonOptions } from "../core.js";
import { AlistProtocolError } from "../errors.js";

/** For calls that only read: safe to send again, so retried on transient failures. */
export const READ: JsonOptions = { idempotent: true };

function malformed(operation: string, reason: string): AlistProtocolError {
  return new AlistProtocolError(operation, 200, "application/json", reason);
}

/** `data` as an object; anything else means the server does not speak this API. */
export function objectData<T>(operation: string, data: unknown, what: string): T {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw malformed(operation, `success without ${what} in data`);
  }
  return data as T;
}

/** A list the server may send as `null` (a Go nil slice): handed to callers as `[]`. */
export function listData<T>(operation: string, value: unknown, what: string): T[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) throw malformed(operation, `success with ${what} that is not a list`);
  return value as T[];
}
