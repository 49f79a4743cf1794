/**
 * Downloads on any runtime, through fetch: a file's bytes from its `raw_url` (fs/get) or its
 * signed `/d` link, as a Response to stream (`body`) or as a Blob. The token is never sent:
 * these links carry their own signature, and a storage's link may point at another host.
 */
import { ERROR_BODY_MAX_BYTES } from "../body-limits.js";
import { readCapped } from "../capped-fetch.js";
import { callSignals, toClientError } from "../error-mapping.js";
import { AlistError, AlistInputError, AlistProtocolError } from "../errors.js";
import type { CallOptions, Pipeline } from "../pipeline.js";
import { normalizeRemotePath } from "../remote-path.js";
import type { FsGetData, FsGetRequest } from "./fs.js";
import { asUrl, errorEnvelope, signedDownloadUrl } from "./signed-url.js";

const OPERATION = "download";

export interface WebDownloadOptions {
  signal?: AbortSignal;
  /** For a remote path: the folder password fs/get needs. */
  password?: string;
  /** Milliseconds for the whole download, body included; default: none (files can be large). */
  timeoutMs?: number;
  /** Extra headers, sent only to the server's own origin. */
  headers?: Record<string, string>;
}

async function refuseNonFile(res: Response, link: URL): Promise<void> {
  const contentType = res.headers.get("content-type") ?? "";
  if (!res.ok) {
    // Read only far enough to find an error envelope; a longer body is a page, not one.
    const bytes = await readCapped(res, ERROR_BODY_MAX_BYTES).catch(() => new Uint8Array(0));
    const envelope = errorEnvelope(new TextDecoder().decode(bytes));
    if (envelope) throw new AlistError(envelope.code, envelope.message, OPERATION);
    throw new AlistProtocolError(OPERATION, res.status, contentType, `HTTP ${res.status} instead of the file`);
  }
  if (/^text\/html\b/i.test(contentType) && !/\.html?$/i.test(link.pathname)) {
    await res.body?.cancel();
    const reason = "a web page instead of the file (a wrong address answers with the web app)";
    throw new AlistProtocolError(OPERATION, res.status, contentType, reason);
  }
}

/**
 * A JSON answer may be the server's refusal (e.g. code 401 "sign mismatch", or 500 "object not
 * found") sent with HTTP 200 in place of the file: its first bytes are read aside (up to the
 * error body cap) and checked; the answer handed back still holds every byte.
 */
async function refuseEnvelope(res: Response): Promise<Response> {
  if (!/json/i.test(res.headers.get("content-type") ?? "") || !res.body) return res;
  const [peek, rest] = res.body.tee();
  const head = await readCapped(new Response(peek), ERROR_BODY_MAX_BYTES).catch(() => undefined);
  const envelope = head && errorEnvelope(new TextDecoder().decode(head));
  if (envelope) {
    await rest.cancel();
    throw new AlistError(envelope.code, envelope.message, OPERATION);
  }
  return new Response(rest, { status: res.status, statusText: res.statusText, headers: res.headers });
}

export function webDownloadCalls(
  pipeline: Pipeline,
  fsGet: (request: FsGetRequest, options?: CallOptions) => Promise<FsGetData>,
) {
  /** The link of `source`: an http(s) URL as given, or an AList path's raw_url or signed `/d` link. */
  async function linkOf(source: string, options: WebDownloadOptions): Promise<string> {
    const url = asUrl(source);
    if (url !== undefined) return url;
    const object = await fsGet(
      { path: source, ...(options.password ? { password: options.password } : {}) },
      {
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.headers ? { headers: options.headers } : {}),
      },
    );
    if (object.is_dir) throw new AlistInputError(`${normalizeRemotePath(source)} is a folder, not a file`);
    if (object.raw_url && !URL.canParse(object.raw_url)) {
      throw new AlistProtocolError(OPERATION, 200, "application/json", "fs/get gave a raw_url that is not a URL");
    }
    return object.raw_url || signedDownloadUrl(pipeline.baseUrl, source, object.sign);
  }

  const calls = {
    /**
     * Opens a file for download; read it from the answer's `body` (a ReadableStream). `source`
     * is an AList path (fs/get finds its link) or an http(s) URL. Refusals (HTTP errors, an
     * error envelope in place of the file) throw the client's errors.
     */
    async openDownload(source: string, options: WebDownloadOptions = {}): Promise<Response> {
      const url = await linkOf(source, options);
      const target = new URL(url);
      if (target.protocol !== "http:" && target.protocol !== "https:") {
        throw new AlistProtocolError(OPERATION, 200, "", `the link is ${target.protocol} not http(s)`);
      }
      const sameOrigin = target.origin === pipeline.origin;
      const signals = callSignals(options.signal, options.timeoutMs ?? 0);
      try {
        const res = await fetch(url, {
          ...(signals.signal ? { signal: signals.signal } : {}),
          ...(sameOrigin && options.headers ? { headers: options.headers } : {}),
        });
        await refuseNonFile(res, target);
        return await refuseEnvelope(res);
      } catch (error) {
        throw toClientError(OPERATION, target.origin, error, signals);
      }
    },
    /** Downloads a file whole into a Blob (see `openDownload` to stream it instead). */
    async downloadBlob(source: string, options: WebDownloadOptions = {}): Promise<Blob> {
      const res = await calls.openDownload(source, options);
      try {
        return await res.blob();
      } catch (error) {
        throw toClientError(OPERATION, pipeline.origin, error, {
          user: options.signal,
          timeoutMs: options.timeoutMs ?? 0,
        });
      }
    },
  };
  return calls;
}
