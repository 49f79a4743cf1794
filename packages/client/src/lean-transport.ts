/**
 * The client's own JSON path: openapi-fetch builds the call (URL, typed body, headers) but
 * with these lightweight Request/Response stand-ins instead of WHATWG objects, whose web
 * streams and abort plumbing cost more than the request itself on a fast server. The
 * timeout is one timer per call rather than an AbortSignal chain.
 */
import type { IncomingHttpHeaders } from "node:http";
import { readText } from "./read-body.js";
import { awaitResponse, openRequest } from "./transport.js";

/** Raised when a call runs past its timeout; mapped to AlistTimeoutError by the core. */
export class TransportTimeoutError extends Error {
  override name = "TransportTimeoutError";
}

type LeanInit = {
  method?: string;
  headers?: HeadersInit;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
  timeoutMs?: number;
};

/** What openapi-fetch and `leanFetch` read of a request: no streams, no cloning. */
export class LeanRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | undefined;
  readonly signal: AbortSignal | undefined;
  readonly timeoutMs: number;

  constructor(url: string, init: LeanInit = {}) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    if (init.body != null && typeof init.body !== "string") {
      // The lean path carries JSON only; streams and forms go through openRequest.
      throw new TypeError("the lean transport sends string bodies only");
    }
    this.body = init.body ?? undefined;
    this.signal = init.signal ?? undefined;
    this.timeoutMs = init.timeoutMs ?? 0;
  }
}

/** The whole answer, already read: enough Response for openapi-fetch and the core. */
export class LeanResponse {
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  constructor(
    readonly status: number,
    raw: IncomingHttpHeaders,
    private readonly bodyText: string,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = {
      get: (name) => {
        const value = raw[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
      },
    };
  }
  async text(): Promise<string> {
    return this.bodyText;
  }
  async json(): Promise<unknown> {
    return JSON.parse(this.bodyText);
  }
}

export async function leanFetch(request: LeanRequest): Promise<LeanResponse> {
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name] = value;
  const req = openRequest({ method: request.method, url: new URL(request.url), headers, signal: request.signal });
  let timedOut = false;
  const timer =
    request.timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          req.destroy(new TransportTimeoutError());
        }, request.timeoutMs)
      : undefined;
  try {
    const answer = awaitResponse(req);
    req.end(request.body);
    const res = await answer;
    return new LeanResponse(res.statusCode ?? 0, res.headers, await readText(res));
  } catch (error) {
    // Past the answer's head, a destroyed request surfaces as a plain socket error.
    throw timedOut ? new TransportTimeoutError() : error;
  } finally {
    clearTimeout(timer);
  }
}
