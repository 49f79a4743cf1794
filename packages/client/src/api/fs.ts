/** Files and folders: fs/get and the streaming fs/put upload. */
import type { Readable } from "node:stream";
import type { CallOptions, Core } from "../core.js";
import type { RawAnswer } from "../envelope.js";
import { AlistProtocolError } from "../errors.js";
import { callSignals, toClientError } from "../failures.js";
import type { components } from "../generated/schema.js";
import { normalizeRemotePath } from "../remote-path.js";
import { awaitResponse, openRequest } from "../transport.js";
import {
  openFileSource,
  pumpBody,
  readText,
  streamSource,
  type TaskInfo,
  type UploadOptions,
  type UploadResult,
  type UploadSource,
  uploadHeaders,
} from "../upload.js";

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
      const data = await core.json("fsGet", call, (init) =>
        core.raw.POST("/api/fs/get", { body, parseAs: "text", ...init }),
      );
      if (typeof data !== "object" || data === null) {
        throw new AlistProtocolError("fsGet", 200, "application/json", "success without the object in data");
      }
      return data as FsGetData;
    },

    async upload(source, remotePath, opts = {}) {
      const target = normalizeRemotePath(remotePath);
      const body: UploadSource =
        typeof source === "string" ? await openFileSource(source) : streamSource(source, opts.size);
      const signals = callSignals(opts.signal, opts.timeoutMs ?? 0);
      const url = new URL(`${core.baseUrl}/api/fs/put`);
      const headers = { ...core.headersFor(opts), ...uploadHeaders(target, body, opts) };
      let answer: RawAnswer;
      try {
        const req = openRequest({ method: "PUT", url, headers, signal: signals.signal });
        const response = awaitResponse(req);
        pumpBody(req, body, opts.onProgress).catch((error) => req.destroy(error));
        const res = await response;
        answer = {
          status: res.statusCode ?? 0,
          contentType: res.headers["content-type"] ?? "",
          text: await readText(res),
        };
      } catch (error) {
        throw toClientError("fsPut", core.origin, error, signals);
      } finally {
        body.stream.destroy();
        await body.close();
      }
      const data = core.unwrap("fsPut", answer) as { task?: TaskInfo } | null;
      return { size: body.size, ...(data?.task ? { task: data.task } : {}) };
    },
  };
}
