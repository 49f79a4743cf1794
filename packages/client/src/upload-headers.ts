/** What every runtime's fs/put upload shares: its options, its progress, its result and its headers. */
import type { TaskInfo } from "./api/tasks.js";
import type { operations } from "./generated/schema.js";
import { checkHeaders, utf8HeaderValue } from "./header-values.js";
import { encodeFilePath } from "./remote-path.js";

type FsPutHeaders = operations["fsPut"]["parameters"]["header"];

export interface UploadProgress {
  /** Bytes handed to the socket so far. */
  sent: number;
  /** The Content-Length sent. */
  total: number;
}

export interface UploadOptions {
  /** Required when the source is a stream: the exact number of bytes it will yield. */
  size?: number;
  /** Queue the upload as a server task and return it (`As-Task: true`). */
  asTask?: boolean;
  /** `false` makes an existing file an error (code 403 "file exists"); the server default is to overwrite. */
  overwrite?: boolean;
  /**
   * For a path: the file it must still be, from an earlier lstat (a folder walk). The path is then
   * opened without following a symbolic link, and any other file found there is refused unsent.
   */
  sameFileAs?: { dev: number; ino: number };
  /** Modification time to record; defaults to the local file's mtime when the source is a path. */
  lastModified?: Date | number;
  /** The destination folder's password, when it has one. */
  password?: string;
  /** Precomputed hashes (hex), for storages that can skip data they already hold. */
  hashes?: { md5?: string; sha1?: string; sha256?: string };
  /** The file's MIME type; the server guesses from the extension when absent. */
  contentType?: string;
  /** Called as bytes go out. */
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  /** Milliseconds for the whole upload and its answer; default: none (uploads can be long). */
  timeoutMs?: number;
  /**
   * Fail when the server takes no byte of the body (or of its answer, once it began) for
   * this long; default the client's `idleTimeoutMs` (60 s), 0 turns it off. The wait between
   * the last byte and the answer's head is not counted: storing a big file can take long.
   */
  idleTimeoutMs?: number;
  headers?: Record<string, string>;
}

export interface UploadResult {
  /** The queued task, when `asTask` was set. */
  task?: TaskInfo;
  /** Bytes sent. */
  size: number;
}

/** The fs/put headers, named and typed as the spec declares them. */
export function uploadHeaders(
  remotePath: string,
  source: { size: number; lastModified?: number | undefined },
  options: UploadOptions,
): Record<string, string> {
  const lastModified = options.lastModified ?? source.lastModified;
  const spec: FsPutHeaders = {
    "File-Path": encodeFilePath(remotePath),
    "Content-Length": source.size,
    ...(options.asTask ? { "As-Task": "true" as const } : {}),
    ...(options.overwrite === false ? { Overwrite: "false" as const } : {}),
    ...(lastModified !== undefined ? { "Last-Modified": Math.floor(Number(lastModified)) } : {}),
    ...(options.password ? { Password: utf8HeaderValue(options.password) } : {}),
    ...(options.hashes?.md5 ? { "X-File-Md5": options.hashes.md5 } : {}),
    ...(options.hashes?.sha1 ? { "X-File-Sha1": options.hashes.sha1 } : {}),
    ...(options.hashes?.sha256 ? { "X-File-Sha256": options.hashes.sha256 } : {}),
  };
  const headers: Record<string, string> = { "Content-Type": options.contentType ?? "application/octet-stream" };
  for (const [name, value] of Object.entries(spec)) headers[name] = String(value);
  // Refused here, naming the header: node:http's own error would quote the value.
  checkHeaders(headers);
  return headers;
}
