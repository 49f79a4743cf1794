/**
 * Streaming download of a file's bytes. Not an /api call: the bytes come from the file's
 * `raw_url` (fs/get) or from `/d<path>?sign=...`, which answers with a redirect to the
 * storage. The body goes from socket to a temp file beside the target, never whole in
 * memory, and the temp file is renamed over the target only once every byte has arrived.
 */
import { randomBytes } from "node:crypto";
import { access, open as openFile, readFile, rename, rm } from "node:fs/promises";
import type { IncomingMessage } from "node:http";
import { basename, dirname, extname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { abortError, onAbort } from "../abort-fanout.js";
import { AlistError, AlistInputError, AlistNetworkError, AlistProtocolError, LocalFileError } from "../errors.js";
import { IdleTimeoutError } from "../idle-timer.js";
import { describeFsError } from "../local-file-errors.js";
import type { CallOptions, Pipeline } from "../pipeline.js";
import { ERROR_BODY_MAX_BYTES, readText } from "../read-body.js";
import { normalizeRemotePath } from "../remote-path.js";
import { runTransfer, type Transfer } from "../transfer.js";
import type { FsGetData, FsGetRequest } from "./fs.js";
import { asUrl, errorEnvelope, signedDownloadUrl } from "./signed-url.js";

export { signedDownloadUrl };

const OPERATION = "download";
/** `/d` answers 302 to the storage's link, which may redirect again. */
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A JSON answer this small may be the server's error envelope rather than the file. */
const ENVELOPE_MAX_BYTES = 64 * 1024;
/** The longest file name most file systems take (NAME_MAX), in bytes. */
const NAME_MAX_BYTES = 255;

export interface DownloadProgress {
  /** Bytes written so far. */
  received: number;
  /** Content-Length, or the size fs/get reported when the answer has none. */
  total: number | undefined;
}

export interface DownloadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: DownloadProgress) => void;
  /** Replace an existing local file; default false (an existing file is a LocalFileError). */
  overwrite?: boolean;
  /** For a remote path: the folder password fs/get needs. */
  password?: string;
  /** Milliseconds for the whole download; default: none (files can be large). */
  timeoutMs?: number;
  /**
   * Fail when no byte arrived for this long (the answer's head included); default the
   * client's `idleTimeoutMs` (60 s), 0 turns it off.
   */
  idleTimeoutMs?: number;
  /** Extra headers; like the client's own, they go only to the server's origin. */
  headers?: Record<string, string>;
}

export interface DownloadResult {
  /** Bytes written to the local file. */
  size: number;
}

/** Refuses a link that is not http(s) (a `file://` raw_url, a redirect to another scheme). */
function checkScheme(url: URL, what: string): URL {
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    const scheme = url.protocol.replace(/:$/, "") || "none";
    throw new AlistProtocolError(OPERATION, 200, "", `${what} is a ${scheme}: link, not http(s)`);
  }
  return url;
}

/** The temp file's name beside `localPath`, cut to stay within NAME_MAX however long the target's name is. */
export function tempPathFor(localPath: string, suffix = randomBytes(6).toString("hex")): string {
  const tail = `.${suffix}.part`;
  let name = basename(localPath);
  const room = NAME_MAX_BYTES - 1 - Buffer.byteLength(tail);
  if (Buffer.byteLength(name) > room) {
    // Cut on a character boundary: a split UTF-8 sequence is not a valid name everywhere.
    let cut = "";
    for (const char of name) {
      if (Buffer.byteLength(cut + char) > room) break;
      cut += char;
    }
    name = cut;
  }
  return join(dirname(localPath), `.${name}${tail}`);
}

/** An http(s) URL as given, or undefined for an AList path. */
async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

function localError(path: string, error: unknown): LocalFileError {
  const code = (error as { code?: string }).code;
  const detail = code === "ENOENT" ? "its folder does not exist" : describeFsError(error);
  return new LocalFileError(path, detail, { cause: error });
}

export function downloadCalls(
  core: Pipeline,
  fsGet: (request: FsGetRequest, options?: CallOptions) => Promise<FsGetData>,
) {
  /** The server's own extra headers, without the token (and nothing at all for other hosts). */
  function headersFor(url: URL, call: CallOptions): Record<string, string> {
    if (url.origin !== core.origin) return {};
    const headers = core.headersFor(call);
    if (core.token && headers.Authorization === core.token) delete headers.Authorization;
    return headers;
  }

  /** GETs `start`, following redirects; resolves with the final answer's head. */
  async function open(start: string, call: CallOptions, transfer: Transfer): Promise<IncomingMessage> {
    let url = checkScheme(new URL(start), "the file's link");
    for (let hops = 0; ; hops++) {
      const res = await transfer.request("GET", url, headersFor(url, call), (req) => req.end());
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (!REDIRECTS.has(status) || !location) return res;
      res.resume();
      if (hops === MAX_REDIRECTS) {
        throw new AlistProtocolError(OPERATION, status, "", `more than ${MAX_REDIRECTS} redirects`);
      }
      url = checkScheme(new URL(location, url), "a redirect");
    }
  }

  /** Refuses an answer that is not the file: an error status, an error envelope, a web page. */
  async function refuseNonFile(res: IncomingMessage, localPath: string): Promise<void> {
    const status = res.statusCode ?? 0;
    const contentType = res.headers["content-type"] ?? "";
    if (status < 200 || status > 299) {
      // Read only far enough to find an error envelope; a longer body is a page, not one.
      const text = await readText(res, { limit: ERROR_BODY_MAX_BYTES }).catch(() => "");
      const envelope = errorEnvelope(text);
      if (envelope) throw new AlistError(envelope.code, envelope.message, OPERATION);
      throw new AlistProtocolError(OPERATION, status, contentType, `HTTP ${status} instead of the file`);
    }
    const html = /^text\/html\b/i.test(contentType);
    if (html && !/^\.html?$/i.test(extname(localPath))) {
      res.resume();
      throw new AlistProtocolError(
        OPERATION,
        status,
        contentType,
        "a web page instead of the file (a wrong address answers with the web app)",
      );
    }
  }

  /**
   * Writes the body to `temp`, counting bytes; checks the count against Content-Length and
   * against the size fs/get reported, when there is one: the body must have exactly as many
   * bytes, and one that runs past it is cut off at the first byte too many.
   */
  async function save(
    res: IncomingMessage,
    temp: string,
    localPath: string,
    total: number | undefined,
    options: DownloadOptions,
    signal: AbortSignal | undefined,
    onData: () => void,
  ): Promise<number> {
    const declared = res.headers["content-length"];
    const expected = declared === undefined ? total : Number(declared);
    if (total !== undefined && expected !== total) {
      res.destroy();
      const reason = `the answer declares ${expected} bytes (Content-Length), but fs/get reported ${total}`;
      throw new AlistProtocolError(OPERATION, res.statusCode ?? 0, res.headers["content-type"] ?? "", reason);
    }
    const source = declared === undefined ? "fs/get reported" : "the answer declared (Content-Length)";
    const reportTotal = expected;
    let received = 0;
    options.onProgress?.({ received, total: reportTotal });
    // Opened before the body is read: a folder that cannot take the file fails at once.
    const handle = await openFile(temp, "wx").catch((error) => {
      res.destroy();
      throw localError(localPath, error);
    });
    const file = handle.createWriteStream();
    let fileFailed: unknown;
    file.once("error", (error) => {
      fileFailed = error;
    });
    let overrun = false;
    // Through the shared listener, not pipeline's own `signal` (one listener per download).
    const stopOnAbort = signal ? onAbort(signal, () => res.destroy(abortError(signal))) : undefined;
    try {
      await pipeline(
        res,
        async function* count(chunks: AsyncIterable<Buffer>) {
          for await (const chunk of chunks) {
            onData();
            received += chunk.length;
            if (expected !== undefined && received > expected) {
              overrun = true;
              throw new Error("the body is longer than declared");
            }
            options.onProgress?.({ received, total: reportTotal });
            yield chunk;
          }
        },
        file,
      );
    } catch (error) {
      if (fileFailed) throw localError(localPath, fileFailed);
      if (error instanceof IdleTimeoutError) throw error;
      if (overrun) {
        res.destroy();
        const reason = `the server sent more than the ${expected} bytes ${source}; stopped reading`;
        throw new AlistProtocolError(OPERATION, res.statusCode ?? 0, res.headers["content-type"] ?? "", reason);
      }
      if (expected !== undefined && received < expected && !signal?.aborted) {
        const reason = `the connection closed after ${received} of ${expected} bytes`;
        throw new AlistNetworkError(OPERATION, reason, { cause: error, reason });
      }
      throw error;
    } finally {
      stopOnAbort?.();
    }
    if (expected !== undefined && received !== expected) {
      const reason = `received ${received} bytes, but ${source} ${expected}`;
      throw new AlistNetworkError(OPERATION, reason, { reason });
    }
    return received;
  }

  /** A small JSON answer may be the server's refusal (e.g. code 401 "sign mismatch") sent with HTTP 200. */
  async function refuseEnvelope(res: IncomingMessage, temp: string, size: number): Promise<void> {
    if (size > ENVELOPE_MAX_BYTES || !/json/i.test(res.headers["content-type"] ?? "")) return;
    const envelope = errorEnvelope(await readFile(temp, "utf8"));
    if (envelope) throw new AlistError(envelope.code, envelope.message, OPERATION);
  }

  return {
    /**
     * Streams a file to `localPath`. `source` is an AList path (its `raw_url`, or `/d` with its
     * sign, from fs/get) or an http(s) URL. The token is never sent: these links carry their
     * own signature, and a storage's link may point at another host.
     */
    async download(source: string, localPath: string, options: DownloadOptions = {}): Promise<DownloadResult> {
      const call: CallOptions = { ...(options.headers ? { headers: options.headers } : {}) };
      if (!options.overwrite && (await exists(localPath))) {
        throw new LocalFileError(localPath, "already exists");
      }
      let url = asUrl(source);
      let total: number | undefined;
      if (url === undefined) {
        const object: FsGetData = await fsGet(
          { path: source, ...(options.password ? { password: options.password } : {}) },
          { ...call, ...(options.signal ? { signal: options.signal } : {}) },
        );
        if (object.is_dir) throw new AlistInputError(`${normalizeRemotePath(source)} is a folder, not a file`);
        if (object.raw_url && !URL.canParse(object.raw_url)) {
          throw new AlistProtocolError(OPERATION, 200, "application/json", "fs/get gave a raw_url that is not a URL");
        }
        url = object.raw_url || signedDownloadUrl(core.baseUrl, source, object.sign);
        total = object.size > 0 ? object.size : undefined;
      }
      const limits = { ...options, idleTimeoutMs: options.idleTimeoutMs ?? core.defaultIdleTimeoutMs };
      const temp = tempPathFor(localPath);
      const parsed = URL.canParse(url) ? new URL(url) : undefined;
      const origin = parsed && /^https?:$/.test(parsed.protocol) ? parsed.origin : core.origin;
      const from = url;
      return runTransfer(OPERATION, origin, limits, async (transfer) => {
        const touch = () => transfer.idle?.touch();
        try {
          const res = await open(from, { ...call, signal: transfer.signal }, transfer);
          await refuseNonFile(res, localPath);
          const size = await save(res, temp, localPath, total, options, transfer.signal, touch);
          await refuseEnvelope(res, temp, size);
          if (!options.overwrite && (await exists(localPath))) {
            throw new LocalFileError(localPath, "already exists (it appeared during the download)");
          }
          await rename(temp, localPath).catch((error) => {
            throw localError(localPath, error);
          });
          return { size };
        } catch (error) {
          await rm(temp, { force: true });
          throw error;
        }
      });
    },
  };
}
