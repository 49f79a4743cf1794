/** What the pipeline asks of a transport, and what a transport raises: no platform code. */

/** Raised when a call runs past its timeout; mapped to AlistTimeoutError by the pipeline. */
export class TransportTimeoutError extends Error {
  override name = "TransportTimeoutError";
}

/**
 * What the typed calls ask of the transport beyond a Request; openapi-fetch copies these
 * call options onto the Request it hands to `fetch`.
 */
export interface TransportOptions {
  /** Give up after this many ms (head and body); one timer, not an AbortSignal chain. */
  timeoutMs?: number;
  /** Read the whole body up to this many bytes before resolving (larger: BodyTooLargeError). */
  bodyLimit?: number;
}
