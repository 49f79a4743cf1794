/** The streaming fs/put upload under Node: a local file by path, or a stream of declared size. */
import type { Readable } from "node:stream";
import { AlistError } from "../errors.js";
import type { Pipeline } from "../pipeline.js";
import { UPLOAD_ANSWER_MAX_BYTES } from "../read-body.js";
import { normalizeRemotePath } from "../remote-path.js";
import { isDeadToken } from "../resilience.js";
import { runTransfer } from "../transfer.js";
import {
  blobSource,
  openFileSource,
  pumpBody,
  streamSource,
  type UploadOptions,
  type UploadProgress,
  type UploadResult,
  type UploadSource,
  uploadHeaders,
} from "../upload.js";

/** One PUT of the body; resolves with the raw answer, whatever it says. */
function sendUpload(pipeline: Pipeline, target: string, body: UploadSource, opts: UploadOptions) {
  const limits = { ...opts, idleTimeoutMs: opts.idleTimeoutMs ?? pipeline.defaultIdleTimeoutMs };
  return runTransfer("fsPut", pipeline.origin, limits, async (transfer) => {
    try {
      const headers = { ...pipeline.headersFor(opts), ...uploadHeaders(target, body, opts) };
      const url = new URL(`${pipeline.baseUrl}/api/fs/put`);
      const res = await transfer.request("PUT", url, headers, (req) => {
        // Progress means the socket took the chunk before: the idle timer starts again.
        const progress = (sent: UploadProgress) => {
          transfer.idle?.touch();
          opts.onProgress?.(sent);
        };
        // Storing a big file can take long: the wait for the answer's head is not idle time.
        pumpBody(req, body, progress).then(
          () => transfer.idle?.pause(),
          (error) => req.destroy(error),
        );
      });
      // An upload's answer is a few hundred bytes: a padded one must not add up over put -r's jobs.
      return await transfer.answer(res, UPLOAD_ANSWER_MAX_BYTES);
    } finally {
      body.stream.destroy();
      await body.close();
    }
  });
}

export function fileUploadCalls(pipeline: Pipeline) {
  return {
    /** Streams a local file (by path), a Blob or File (as the web build does), or a stream of declared `size` to `remotePath` (PUT /api/fs/put). */
    async upload(
      source: string | Readable | Blob,
      remotePath: string,
      opts: UploadOptions = {},
    ): Promise<UploadResult> {
      const target = normalizeRemotePath(remotePath);
      const attempt = async (): Promise<UploadResult> => {
        const body =
          typeof source === "string"
            ? await openFileSource(source, opts.sameFileAs)
            : source instanceof Blob
              ? blobSource(source)
              : streamSource(source, opts.size);
        const answer = await sendUpload(pipeline, target, body, opts);
        const task = pipeline.unwrap("fsPut", answer)?.task;
        return { size: body.size, ...(task ? { task } : {}) };
      };
      // A file or a Blob can be read again after a re-login; a caller's stream is spent.
      const replayable = typeof source === "string" || source instanceof Blob;
      try {
        return await pipeline.withRelogin(opts, attempt, replayable);
      } catch (error) {
        if (!replayable && error instanceof AlistError && isDeadToken(error) && pipeline.relogin) {
          throw new AlistError(error.code, error.serverMessage, "fsPut", "the upload stream cannot be sent again");
        }
        throw error;
      }
    },
  };
}
