/**
 * When a failed call may be made again: bounded retries with backoff and jitter for reads
 * hit by a network error or a server still loading its storages, and one re-login when a
 * token died (servers forget every token on restart). Writes are never retried.
 */
import { onAbort } from "./abort-fanout.js";
import { AlistError, AlistNetworkError } from "./errors.js";

export interface RetryPolicy {
  /** Further attempts after the first (0 turns retries off). */
  retries: number;
  /** The first backoff ceiling; it doubles per attempt up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { retries: 2, baseDelayMs: 250, maxDelayMs: 2_000 };

/** A failure worth another try of an idempotent read. */
export function isTransient(error: unknown): boolean {
  if (error instanceof AlistNetworkError) return true;
  return error instanceof AlistError && error.code === 500 && /loading storage/i.test(error.serverMessage);
}

/** The token is no longer accepted, but fresh credentials would be. */
export function isDeadToken(error: unknown): boolean {
  return (
    error instanceof AlistError && error.code === 401 && /token is (invalidated|expired)/i.test(error.serverMessage)
  );
}

/** "Full jitter": a random wait below an exponentially growing ceiling. */
export function backoffDelay(attempt: number, policy: RetryPolicy, random: () => number = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt);
  return Math.floor(random() * ceiling);
}

/** Waits, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    // Through the shared listener: many calls may back off on one signal at once.
    const stop = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : undefined;
    const timer = setTimeout(() => {
      stop?.();
      resolve();
    }, ms);
  });
}
