/** Files and folders: fs/get and the streaming fs/put upload. */
import type { Readable } from "node:stream";
import type { CallOptions, Core } from "../core.js";
import type { RawAnswer } from "../envelope.js";
import { AlistError, AlistProtocolError } from "../errors.js";
import { callSignals, toClientError } from "../failures.js";
import type { components } from "../generated/schema.js";
import { readText, UPLOAD_ANSWER_MAX_BYTES } from "../read-body.js";
import { normalizeRemotePath } from "../remote-path.js";
import { isDeadToken } from "../resilience.js";
import { awaitResponse, openRequest } from "../transport.js";
import {
  openFileSource,
  pumpBody,
  streamSource,
  type TaskInfo,
  type UploadOptions,
  type UploadProgress,
  type UploadResult,
  type UploadSource,
  uploadHeaders,
} from "../upload.js";
import { checkObj } from "./obj-check.js";

export type Obj = components["schemas"]["Obj"];
export type FsGetData = components["schemas"]["FsGetData"];
export type FsGetRequest = components["schemas"]["FsGetRequest"];

export interface FsApi {
  /** One file or folder (POST /api/fs/get). */
  fsGet(request: FsGetRequest, options?: CallOptions): Promise<FsGetData>;
  /** Streams a local file (by path) or a stream of declared `size` to `remotePath` (PUT /api/fs/put). */
  upload(source: string | Readable, remotePath: string, options?: UploadOptions): Promise<UploadResult>;
}

export function fsApi(core: Core): FsApi {
  return {
    async fsGet(request, call) {
      const body = { ...request, ...(request.path !== undefined ? { path: normalizeRemotePath(request.path) } : {}) };
      const data = await core.json(
        "fsGet",
        call,
        (init) => core.raw.POST("/api/fs/get", { body, parseAs: "text", ...init }),
        { idempotent: true },
      );
      if (typeof data !== "object" || data === null) {
        throw new AlistProtocolError("fsGet", 200, "application/json", "success without the object in data");
      }
      checkObj("fsGet", data, "data");
      return data as FsGetData;
    },

    async upload(source, remotePath, opts = {}) {
      const target = normalizeRemotePath(remotePath);
      const attempt = async (): Promise<UploadResult> => {
        const body =
          typeof source === "string" ? await openFileSource(source, opts.sameFileAs) : streamSource(source, opts.size);
        const answer = await sendUpload(core, target, body, opts);
        const data = core.unwrap("fsPut", answer) as { task?: TaskInfo } | null;
        return { size: body.size, ...(data?.task ? { task: data.task } : {}) };
      };
      // A file can be read again after a re-login; a caller's stream is spent.
      const replayable = typeof source === "string";
      try {
        return await core.withRelogin(opts, attempt, replayable);
      } catch (error) {
        if (!replayable && error instanceof AlistError && isDeadToken(error) && core.relogin) {
          throw new AlistError(error.code, error.serverMessage, "fsPut", "the upload stream cannot be sent again");
        }
        throw error;
      }
    },
  };
}

/** One PUT of the body; resolves with the raw answer, whatever it says. */
async function sendUpload(core: Core, target: string, body: UploadSource, opts: UploadOptions): Promise<RawAnswer> {
  const signals = callSignals(opts.signal, opts.timeoutMs ?? 0, opts.idleTimeoutMs ?? core.defaultIdleTimeoutMs);
  const idle = signals.idle;
  const url = new URL(`${core.baseUrl}/api/fs/put`);
  try {
    const headers = { ...core.headersFor(opts), ...uploadHeaders(target, body, opts) };
    const req = openRequest({ method: "PUT", url, headers, signal: signals.signal });
    idle?.bind((error) => req.destroy(error));
    const response = awaitResponse(req);
    // Progress means the socket took the chunk before: the idle timer starts again.
    const progress = (sent: UploadProgress) => {
      idle?.touch();
      opts.onProgress?.(sent);
    };
    pumpBody(req, body, progress).then(
      () => idle?.pause(),
      (error) => req.destroy(error),
    );
    const res = await response;
    idle?.touch();
    const text = await readText(res, { limit: UPLOAD_ANSWER_MAX_BYTES, onData: () => idle?.touch() });
    return { status: res.statusCode ?? 0, contentType: res.headers["content-type"] ?? "", text };
  } catch (error) {
    throw toClientError("fsPut", core.origin, error, signals);
  } finally {
    idle?.pause();
    body.stream.destroy();
    await body.close();
  }
}
