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
 * `fetch` for openapi-fetch and for callers who want this transport. A body with a declared
 * Content-Length is streamed; any other body is small JSON and is sent in one piece.
 */
export async function nodeFetch(input: Request | URL | string, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request && init === undefined ? input : new Request(input, init);
  const headers = Object.fromEntries(request.headers);
  const req = openRequest({ method: request.method, url: new URL(request.url), headers, signal: request.signal });
  const answer = awaitResponse(req);
  if (request.body === null) {
    req.end();
  } else if (headers["content-length"] !== undefined) {
    // pipeline, not pipe: a failing body stream must tear the request down, not hang it.
    pipeline(Readable.fromWeb(request.body as import("node:stream/web").ReadableStream), req).catch((error) =>
      req.destroy(error),
    );
  } else {
    req.end(Buffer.from(await request.arrayBuffer()));
  }
  return toResponse(await answer, request.method);
}
