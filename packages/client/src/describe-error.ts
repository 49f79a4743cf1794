/** The one-line wording of any failure, shared by the CLI and the smoke runner. */
import { AlistError, AlistNetworkError, AlistProtocolError, AlistTimeoutError, LocalFileError } from "./errors.js";

/**
 * Describes any failure in one line, without the operation: the CLI and the smoke runner put
 * what they were doing in front of it. Built from the errors' fields, so it never holds a token
 * or a password.
 */
export function describeError(error: unknown): string {
  if (error instanceof AlistError) {
    return `${error.serverMessage} (code ${error.code})${error.hint ? `; ${error.hint}` : ""}`;
  }
  if (error instanceof AlistProtocolError) {
    return `the server did not answer as the AList API does: ${error.reason} (HTTP ${error.status})`;
  }
  if (error instanceof AlistNetworkError || error instanceof AlistTimeoutError) return error.detail;
  if (error instanceof LocalFileError) return `${error.path}: ${error.detail}`;
  return error instanceof Error ? error.message : String(error);
}
