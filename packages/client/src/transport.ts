/**
 * A fetch-compatible transport over node:http. Node's built-in fetch buffers a streamed
 * request body whole in memory, so uploads go through node:http; JSON calls use the same
 * keep-alive agents so every request shares one connection pool and one error path.
 */
import http, { type IncomingHttpHeaders, type IncomingMessage } from "node:http";
import https from "node:https";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { abortError, onAbort } from "./abort-fanout.js";
import { readBytes } from "./read-body.js";
import { type TransportOptions, TransportTimeoutError } from "./transport-options.js";

export { type TransportOptions, TransportTimeoutError };

const agents = {
  "http:": new http.Agent({ keepAlive: true }),
  "https:": new https.Agent({ keepAlive: true }),
};

export interface OutgoingRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  signal?: AbortSignal | undefined;
}

/**
 * Starts a request; the caller writes the body and listens for `response` and `error`. The
 * signal destroys the request when it aborts, through one shared listener per signal.
 */
export function openRequest({ method, url, headers, signal }: OutgoingRequest): http.ClientRequest {
  const protocol = url.protocol === "https:" ? "https:" : "http:";
  const transport = protocol === "https:" ? https : http;
  const req = transport.request(url, { method, headers, agent: agents[protocol] });
  if (signal?.aborted) {
    process.nextTick(() => req.destroy(abortError(signal)));
  } else if (signal) {
    req.once(
      "close",
      onAbort(signal, () => req.destroy(abortError(signal))),
    );
  }
  return req;
}

/** Resolves with the response head, or rejects with the request's first error. */
export function awaitResponse(req: http.ClientRequest): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    req.once("response", resolve);
    req.once("error", reject);
  });
}

function toHeaders(raw: IncomingHttpHeaders): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(raw)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  return headers;
}

/** Turns a node:http answer into a WHATWG Response. */
export function toResponse(res: IncomingMessage, method: string): Response {
  const status = res.statusCode ?? 500;
  const bodyless = status === 204 || status === 304 || method === "HEAD";
  if (bodyless) res.resume();
  const body = bodyless ? null : (Readable.toWeb(res) as ReadableStream<Uint8Array>);
  return new Response(body, { status, statusText: res.statusMessage ?? "", headers: toHeaders(res.headers) });
}

/**
 * The fast path's request: what openapi-fetch and `nodeFetch` read of a Request, no more (no
 * web streams, no AbortSignal of its own). The pipeline has openapi-fetch build typed calls
 * with it (its documented per-call `Request` option) only while no middleware is registered
 * on the client and no `fetch` of the caller's is in use: nothing else ever sees it. With a
 * WHATWG Request and Response a call costs about twice as much on a fast server (BENCHMARKS.md, row 4).
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: string | null;
  readonly signal: AbortSignal | undefined;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    if (init.body != null && typeof init.body !== "string") {
      throw new TypeError("the fast path sends JSON (string) bodies only");
    }
    this.body = init.body ?? null;
    this.signal = init.signal ?? undefined;
  }

  async text(): Promise<string> {
    return this.body ?? "";
  }
}

/** The fast path's answer, already read whole: what openapi-fetch reads of a Response. */
class LightResponse {
  readonly ok: boolean;
  readonly headers: { get(name: string): string | null };
  constructor(
    readonly status: number,
    raw: IncomingHttpHeaders,
    private readonly bytes: Buffer,
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
    return this.bytes.toString("utf8");
  }
}

/**
 * The client's `fetch`, over node:http. A body with a declared Content-Length is streamed;
 * any other body is small JSON and is sent in one piece. With `bodyLimit` (the typed calls)
 * the answer is read whole, under its cap and the call's timeout, before it is handed back.
 */
export async function nodeFetch(input: Request | LightRequest | URL | string, init?: RequestInit): Promise<Response> {
  const request: (Request | LightRequest) & TransportOptions =
    // The light request first: looking at the global Request loads Node's fetch.
    (input instanceof LightRequest || input instanceof Request) && init === undefined
      ? input
      : new Request(input instanceof LightRequest ? input.url : input, init);
  const headers: Record<string, string> = {};
  for (const [name, value] of request.headers) headers[name] = value;
  const req = openRequest({ method: request.method, url: new URL(request.url), headers, signal: request.signal });
  const timeoutMs = request.timeoutMs ?? 0;
  let timedOut = false;
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          req.destroy(new TransportTimeoutError());
        }, timeoutMs)
      : undefined;
  try {
    const answer = awaitResponse(req);
    if (request.body === null) {
      req.end();
    } else if (request instanceof LightRequest) {
      req.end(request.body);
    } else if (headers["content-length"] !== undefined) {
      // pipeline, not pipe: a failing body stream must tear the request down, not hang it.
      pipeline(Readable.fromWeb(request.body as import("node:stream/web").ReadableStream), req).catch((error) =>
        req.destroy(error),
      );
    } else {
      req.end(await request.text());
    }
    const res = await answer;
    if (request.bodyLimit === undefined) return toResponse(res, request.method);
    // Bytes, not a string: a string body would give the answer a Content-Type it did not have
    // (node:http reads into ArrayBuffer-backed Buffers).
    const bytes = await readBytes(res, { limit: request.bodyLimit });
    const status = res.statusCode ?? 500;
    // Only openapi-fetch reads it, and only what LightResponse has (status, ok, headers.get, text).
    if (request instanceof LightRequest) return new LightResponse(status, res.headers, bytes) as unknown as Response;
    const bodyless = status === 204 || status === 304 || request.method === "HEAD";
    return new Response(bodyless ? null : (bytes as Uint8Array<ArrayBuffer>), {
      status,
      headers: toHeaders(res.headers),
    });
  } catch (error) {
    // Past the answer's head, a destroyed request surfaces as a plain socket error.
    throw timedOut ? new TransportTimeoutError() : error;
  } finally {
    clearTimeout(timer);
  }
}
