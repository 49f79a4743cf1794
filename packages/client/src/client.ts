/**
 * The AList client under Node: the calls every runtime has (client-core.ts) over the
 * node:http transport, plus uploads from a file path or stream, form uploads and downloads
 * to a file, all streaming over node:http.
 */
import { downloadCalls } from "./api/download.js";
import { fileUploadCalls } from "./api/file-upload.js";
import { formUploadCalls } from "./api/form-upload.js";
import { createClientCore } from "./client-core.js";
import { hashPassword } from "./password-hash.js";
import type { AlistClientOptions } from "./pipeline.js";
import { LightRequest, nodeFetch } from "./transport.js";

/**
 * Makes a client for one AList / OpenList server. Nothing is sent until the first call; a
 * malformed `baseUrl` throws `AlistInputError` at once.
 *
 * @example
 * ```ts
 * const alist = createAlistClient({ baseUrl: "http://127.0.0.1:5244" });
 * await alist.login({ username: "admin", password });
 * const file = await alist.fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
 * ```
 */
export function createAlistClient(options: AlistClientOptions) {
  const { pipeline, calls } = createClientCore(options, { fetch: nodeFetch, LightRequest, hashPassword });
  // Spread would read the `token` getter once: the transfers are added onto the same object.
  return Object.assign(calls, {
    ...fileUploadCalls(pipeline),
    ...formUploadCalls(pipeline),
    ...downloadCalls(pipeline, calls.fsGet),
  });
}

/** Every typed call of the API, by area, on one object: what `createAlistClient` returns. */
export type AlistClient = ReturnType<typeof createAlistClient>;
