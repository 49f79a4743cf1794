/**
 * fs/put from a Blob or File, on any runtime. Browsers send it with XMLHttpRequest, the only
 * API there that reports upload progress (fetch does not); runtimes without it (Deno, Bun, Node
 * with the web entry) send it with fetch, reporting progress once, when the body is sent. The
 * runtime sets the exact Content-Length from the Blob (scripts may not set it in browsers).
 */

import { BodyTooLargeError, UPLOAD_ANSWER_MAX_BYTES } from "../body-limits.js";
import { readCapped } from "../capped-fetch.js";
import type { RawAnswer } from "../envelope.js";
import { callSignals, toClientError } from "../error-mapping.js";
import type { Pipeline } from "../pipeline.js";
import { normalizeRemotePath } from "../remote-path.js";
import { type UploadOptions, type UploadProgress, type UploadResult, uploadHeaders } from "../upload-headers.js";

/** fs/put's options for a Blob: its size is the Blob's, and a File's `lastModified` is the default. */
export type BlobUploadOptions = Omit<UploadOptions, "size" | "sameFileAs">;

interface BlobSend {
  url: string;
  headers: Record<string, string>;
  body: Blob;
  signal: AbortSignal | undefined;
  onProgress: (progress: UploadProgress) => void;
  /** Called when every byte is out: the wait for the answer is not idle time. */
  onSent: () => void;
  /** Where the idle timer's teardown goes. */
  bindIdle: (stop: (error: Error) => void) => void;
}

function checkCap(answer: RawAnswer): RawAnswer {
  if (answer.text.length > UPLOAD_ANSWER_MAX_BYTES) {
    throw new BodyTooLargeError(UPLOAD_ANSWER_MAX_BYTES, answer.status, answer.contentType);
  }
  return answer;
}

function sendWithXhr(send: BlobSend): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    const stop = (error: unknown) => {
      reject(error);
      xhr.abort();
    };
    xhr.open("PUT", send.url);
    for (const [name, value] of Object.entries(send.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => send.onProgress({ sent: event.loaded, total: send.body.size });
    xhr.upload.onload = () => send.onSent();
    // The answer is a small envelope: one past its cap is not the API, and is not read on.
    xhr.onprogress = (event) => {
      if (event.loaded > UPLOAD_ANSWER_MAX_BYTES) {
        const contentType = xhr.getResponseHeader("content-type") ?? "";
        stop(new BodyTooLargeError(UPLOAD_ANSWER_MAX_BYTES, xhr.status, contentType));
      }
    };
    xhr.onload = () =>
      resolve({
        status: xhr.status,
        contentType: xhr.getResponseHeader("content-type") ?? "",
        text: xhr.responseText,
      });
    // The browser gives no detail (a refused connection and a CORS refusal look the same).
    xhr.onerror = () => reject(new TypeError("the request failed (connection refused, or blocked by CORS)"));
    xhr.onabort = () => reject(send.signal?.reason ?? new Error("the upload was aborted"));
    send.bindIdle(stop);
    if (send.signal?.aborted) return stop(send.signal.reason);
    send.signal?.addEventListener("abort", () => stop(send.signal?.reason), { once: true });
    xhr.send(send.body);
  });
}

async function sendWithFetch(send: BlobSend): Promise<RawAnswer> {
  const res = await fetch(send.url, {
    method: "PUT",
    headers: send.headers,
    body: send.body,
    ...(send.signal ? { signal: send.signal } : {}),
  });
  send.onProgress({ sent: send.body.size, total: send.body.size });
  send.onSent();
  const text = new TextDecoder().decode(await readCapped(res, UPLOAD_ANSWER_MAX_BYTES));
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", text };
}

export function blobUploadCalls(pipeline: Pipeline) {
  return {
    /**
     * Uploads a Blob or File to `remotePath` (PUT /api/fs/put). In browsers `onProgress` sees
     * true upload progress; elsewhere it is called once, when the body is sent.
     */
    async upload(file: Blob, remotePath: string, opts: BlobUploadOptions = {}): Promise<UploadResult> {
      if (!(file instanceof Blob)) throw new TypeError("upload needs a Blob or File");
      const target = normalizeRemotePath(remotePath);
      // Only a File has a modification time (Bun gives every Blob a `lastModified`, not a real one).
      const isFile = typeof File === "function" && file instanceof File;
      const lastModified = isFile && Number.isFinite(file.lastModified) ? file.lastModified : undefined;
      const own = uploadHeaders(target, { size: file.size, lastModified }, opts);
      // A forbidden header in browsers: the runtime sets it from the Blob.
      delete own["Content-Length"];
      const url = `${pipeline.baseUrl}/api/fs/put`;
      const attempt = async (): Promise<UploadResult> => {
        const idleMs = opts.idleTimeoutMs ?? pipeline.defaultIdleTimeoutMs;
        const signals = callSignals(opts.signal, opts.timeoutMs ?? 0, idleMs);
        const send: BlobSend = {
          url,
          headers: { ...pipeline.headersFor(opts), ...own },
          body: file,
          signal: signals.signal,
          onProgress: (progress) => {
            signals.idle?.touch();
            opts.onProgress?.(progress);
          },
          onSent: () => signals.idle?.pause(),
          bindIdle: (stop) => signals.idle?.bind(stop),
        };
        let answer: RawAnswer;
        try {
          answer = checkCap(await (typeof XMLHttpRequest === "function" ? sendWithXhr(send) : sendWithFetch(send)));
        } catch (error) {
          throw toClientError("fsPut", pipeline.origin, error, signals);
        } finally {
          signals.idle?.pause();
        }
        const task = pipeline.unwrap("fsPut", answer)?.task;
        return { size: file.size, ...(task ? { task } : {}) };
      };
      // A Blob can be sent again after a re-login.
      return pipeline.withRelogin(opts, attempt);
    },
  };
}
