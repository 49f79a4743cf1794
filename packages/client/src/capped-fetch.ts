/**
 * The web build's transport: the runtime's fetch, with the answer of a typed call read whole
 * under its cap (`bodyLimit`, which openapi-fetch copies onto the Request from the call's
 * options), as the Node transport does: a huge or endless answer fails at the cap instead of
 * filling memory.
 */
import { BodyTooLargeError } from "./body-limits.js";
import type { TransportOptions } from "./transport-options.js";

/** The whole body, or BodyTooLargeError once it passes `limit` bytes (the rest is not read). */
export async function readCapped(res: Response, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const contentType = res.headers.get("content-type") ?? "";
  if (Number(res.headers.get("content-length")) > limit) {
    await res.body?.cancel();
    throw new BodyTooLargeError(limit, res.status, contentType);
  }
  const chunks: Uint8Array[] = [];
  let bytes = 0;
  const reader = res.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.length;
    if (bytes > limit) {
      await reader.cancel();
      throw new BodyTooLargeError(limit, res.status, contentType);
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(bytes);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

/** Called unbound, `fetch` throws "Illegal invocation" in browsers: this calls it on the global. */
export async function cappedFetch(input: Request): Promise<Response> {
  const res = await fetch(input);
  const limit = (input as Request & TransportOptions).bodyLimit;
  if (limit === undefined) return res;
  const bodyless = res.status === 204 || res.status === 304 || input.method === "HEAD";
  const body = bodyless ? null : await readCapped(res, limit);
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}
