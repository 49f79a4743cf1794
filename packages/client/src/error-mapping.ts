/** Maps what went wrong under a call (abort, timeout, socket error, a body past its cap) to the client's errors. */

import { BodyTooLargeError } from "./body-limits.js";
import { AlistNetworkError, AlistProtocolError, AlistTimeoutError, AlistToolkitError } from "./errors.js";
import { IdleTimeoutError, type IdleTimer, idleTimer } from "./idle-timer.js";
import { TransportTimeoutError } from "./transport-options.js";

const NETWORK_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset by the server",
  EPIPE: "the server closed the connection while the request was being sent",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "connection closed by the server",
};

function errorCode(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && code in NETWORK_CODES) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export interface CallSignals {
  /** The caller's own signal: its abort reason is rethrown untouched. */
  user?: AbortSignal | undefined;
  /** The timeout's signal, and its length for the message. */
  timeout?: AbortSignal | undefined;
  timeoutMs: number;
  /** The no-progress timer of a transfer, if it has one. */
  idle?: IdleTimer | undefined;
}

/** Rethrows `error` as the error a caller should see for `operation` against `origin`. */
export function toClientError(operation: string, origin: string, error: unknown, signals: CallSignals): Error {
  if (error instanceof AlistToolkitError) return error;
  if (signals.user?.aborted) return signals.user.reason instanceof Error ? signals.user.reason : (error as Error);
  if (signals.timeout?.aborted || error instanceof TransportTimeoutError) {
    return new AlistTimeoutError(operation, signals.timeoutMs);
  }
  if (signals.idle?.fired || error instanceof IdleTimeoutError) {
    return new AlistTimeoutError(operation, signals.idle?.ms ?? (error as IdleTimeoutError).idleMs, true);
  }
  if (error instanceof BodyTooLargeError) {
    return new AlistProtocolError(operation, error.status, error.contentType, `${error.message}; stopped reading it`);
  }
  const code = errorCode(error);
  const detail = code ? NETWORK_CODES[code] : error instanceof Error ? error.message : String(error);
  return new AlistNetworkError(operation, `${origin}: ${detail}`, { cause: error, reason: detail, origin });
}

/**
 * The caller's signal combined with a timeout (0 or less: no timeout) and, for transfers, an
 * idle timer, armed at once, that the transfer binds to what it must tear down (`idleMs` 0 or
 * less: none).
 */
export function callSignals(
  user: AbortSignal | undefined,
  timeoutMs: number,
  idleMs = 0,
): CallSignals & { signal?: AbortSignal } {
  const timeout = timeoutMs > 0 ? AbortSignal.timeout(timeoutMs) : undefined;
  const idle = idleMs > 0 ? idleTimer(idleMs) : undefined;
  const parts = [user, timeout].filter((s): s is AbortSignal => s !== undefined);
  const signal = parts.length > 1 ? AbortSignal.any(parts) : parts[0];
  return { user, timeout, timeoutMs, idle, signal };
}
