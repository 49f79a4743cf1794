/**
 * What uploads (fs/put, fs/form) and downloads share: they stream over node:http outside
 * openapi-fetch (Node's fetch would buffer a streamed body whole), so this one helper gives
 * each the caller's signal combined with its timeout, an idle timer bound to the request,
 * the headers, and the mapping of whatever went wrong to the client's errors.
 */
import type { ClientRequest, IncomingMessage } from "node:http";
import type { RawAnswer } from "./envelope.js";
import { callSignals, toClientError } from "./error-mapping.js";
import type { IdleTimer } from "./idle-timer.js";
import { readText } from "./read-body.js";
import { awaitResponse, openRequest } from "./transport.js";

export interface TransferOptions {
  signal?: AbortSignal | undefined;
  /** The whole transfer's timeout in ms; 0 or none: no limit. */
  timeoutMs?: number | undefined;
  /** The no-progress timeout in ms; 0: none. */
  idleTimeoutMs?: number | undefined;
}

export interface Transfer {
  /** The caller's signal combined with the timeout: what the transfer must stop on. */
  readonly signal: AbortSignal | undefined;
  readonly idle: IdleTimer | undefined;
  /** Starts a request bound to the signal and the idle timer; resolves with its answer's head. */
  request(
    method: string,
    url: URL,
    headers: Record<string, string>,
    writeBody: (req: ClientRequest) => void,
  ): Promise<IncomingMessage>;
  /** Reads a (small) JSON answer whole, each chunk counting as progress; `limit` caps it in bytes. */
  answer(res: IncomingMessage, limit?: number): Promise<RawAnswer>;
}

/**
 * Runs one transfer of `operation` against `origin`: any failure inside `body` comes out as
 * the client's error (a timeout, an abort, a dead connection, a body past its cap).
 */
export async function runTransfer<T>(
  operation: string,
  origin: string,
  options: TransferOptions,
  body: (transfer: Transfer) => Promise<T>,
): Promise<T> {
  const signals = callSignals(options.signal, options.timeoutMs ?? 0, options.idleTimeoutMs ?? 0);
  const idle = signals.idle;
  const transfer: Transfer = {
    signal: signals.signal,
    idle,
    async request(method, url, headers, writeBody) {
      const req = openRequest({ method, url, headers, signal: signals.signal });
      idle?.bind((error) => req.destroy(error));
      const response = awaitResponse(req);
      writeBody(req);
      const res = await response;
      idle?.touch();
      idle?.bind((error) => res.destroy(error));
      return res;
    },
    async answer(res, limit) {
      const text = await readText(res, { ...(limit !== undefined ? { limit } : {}), onData: () => idle?.touch() });
      return { status: res.statusCode ?? 0, contentType: res.headers["content-type"] ?? "", text };
    },
  };
  try {
    return await body(transfer);
  } catch (error) {
    throw toClientError(operation, origin, error, signals);
  } finally {
    idle?.pause();
  }
}
