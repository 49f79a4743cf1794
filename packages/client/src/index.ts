/**
 * The client under Node (the package's `node` condition and its `/node` subpath): everything
 * of the web entry, but uploads from a file path or stream, form uploads and downloads to a
 * file stream over node:http, and so do the JSON calls, on keep-alive agents.
 */
export type { DownloadOptions, DownloadProgress, DownloadResult } from "./api/download.js";
export type { FormUploadOptions } from "./api/form-upload.js";
export { type AlistClient, createAlistClient } from "./client.js";
export { hashPassword } from "./password-hash.js";
export * from "./shared-exports.js";
