/**
 * The client for every runtime with fetch and Web Crypto: browsers, workers, Deno, Bun (the
 * package's default, and its `/web` subpath). No Node module is imported here or below.
 */
export type { BlobUploadOptions } from "./api/blob-upload.js";
export type { WebDownloadOptions } from "./api/web-download.js";
export * from "./shared-exports.js";
export { type AlistClient, createAlistClient } from "./web-client.js";
