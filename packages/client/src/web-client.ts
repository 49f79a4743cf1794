/**
 * The AList client for every runtime with fetch and Web Crypto (browsers, workers, Deno, Bun,
 * Node): the calls of client-core.ts over the runtime's fetch, uploads of a Blob or File, and
 * downloads through a file's signed link as a stream or a Blob.
 */
import { blobUploadCalls } from "./api/blob-upload.js";
import { webDownloadCalls } from "./api/web-download.js";
import { cappedFetch } from "./capped-fetch.js";
import { createClientCore } from "./client-core.js";
import { hashPasswordAsync } from "./password-hash-web.js";
import type { AlistClientOptions } from "./pipeline.js";

/**
 * Makes a client for one AList / OpenList server. Nothing is sent until the first call; a
 * malformed `baseUrl` throws `AlistInputError` at once.
 *
 * @example
 * ```ts
 * const alist = createAlistClient({ baseUrl: "https://alist.example.com" });
 * await alist.login({ username: "admin", password });
 * await alist.upload(fileInput.files[0], "/local/uploads/photo.jpg", { onProgress });
 * ```
 */
export function createAlistClient(options: AlistClientOptions) {
  const { pipeline, calls } = createClientCore(options, { fetch: cappedFetch, hashPassword: hashPasswordAsync });
  return Object.assign(calls, {
    ...blobUploadCalls(pipeline),
    ...webDownloadCalls(pipeline, calls.fsGet),
  });
}

/** Every typed call of the API, by area, on one object: what `createAlistClient` returns. */
export type AlistClient = ReturnType<typeof createAlistClient>;
