/**
 * Streaming upload (PUT /api/fs/put): the file goes from disk to socket in bounded chunks,
 * never whole in memory, with a true Content-Length. The last chunk is held back until the file
 * is checked, so one that changes mid-upload ends the request short: the server gets a body
 * shorter than its Content-Length and keeps no file of mixed content.
 */

import { constants, type Stats } from "node:fs";
import type { FileHandle } from "node:fs/promises";
import { open } from "node:fs/promises";
import type { ClientRequest } from "node:http";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { AlistInputError, LocalFileError } from "./errors.js";
import { describeFsError } from "./local-file-errors.js";
import type { UploadOptions, UploadProgress } from "./upload-headers.js";

export { type UploadOptions, type UploadProgress, type UploadResult, uploadHeaders } from "./upload-headers.js";

/** Read size for files: large reads keep syscalls and per-chunk work low. */
const CHUNK_BYTES = 1024 * 1024;
/** ...but no smaller than this, so a file that grows while it is sent is still read in sizeable chunks. */
/** Buffers a file upload cycles through: up to BUFFERS - 1 writes in flight while the next is read. */
const BUFFERS = 2;
const MIN_CHUNK_BYTES = 16 * 1024;

export interface UploadSource {
  stream: AsyncIterable<Uint8Array> & { destroy(error?: Error): void };
  size: number;
  lastModified?: number;
  /** Where the bytes come from, for error messages. */
  label: string;
  /** Checks, after the last read and before the last bytes go out, that the source did not change underneath us. */
  verify(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Opens a local file for upload, failing early with a clear message. With `sameFileAs` a symbolic
 * link is not followed, and the opened file must be the one an earlier lstat saw: a link or
 * another file swapped in since (at the path or in a parent folder) is refused unsent.
 */
export async function openFileSource(path: string, sameFileAs?: UploadOptions["sameFileAs"]): Promise<UploadSource> {
  let handle: FileHandle;
  let before: Stats;
  try {
    // Non-blocking, so a named pipe cannot hang the open; the type is checked on the handle
    // (one call fewer than stat-then-open, which counts when thousands of small files go up).
    const noFollow = sameFileAs ? (constants.O_NOFOLLOW ?? 0) : 0;
    handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | noFollow);
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail = sameFileAs && code === "ELOOP" ? "is now a symbolic link (not followed, not sent)" : undefined;
    throw new LocalFileError(path, detail ?? describeFsError(error), { cause: error });
  }
  try {
    before = await handle.stat();
    if (before.isDirectory()) throw new LocalFileError(path, "is a directory, not a file");
    if (!before.isFile()) throw new LocalFileError(path, "is not a regular file");
    if (sameFileAs && (before.dev !== sameFileAs.dev || before.ino !== sameFileAs.ino)) {
      throw new LocalFileError(path, "was replaced by another file after it was listed (not sent)");
    }
  } catch (error) {
    await handle.close();
    if (error instanceof LocalFileError) throw error;
    throw new LocalFileError(path, describeFsError(error), { cause: error });
  }
  return {
    stream: fileChunks(handle, before.size),
    size: before.size,
    lastModified: Math.floor(before.mtimeMs),
    label: path,
    async verify() {
      const after = await handle.stat();
      if (after.size !== before.size || after.mtimeMs !== before.mtimeMs) {
        throw new LocalFileError(
          path,
          "changed while it was being uploaded: its last bytes were held back, so the server got a short body and has no complete copy",
        );
      }
    },
    close: () => handle.close(),
  };
}

/**
 * Reads a file in CHUNK_BYTES pieces into two buffers used in turn, so an upload of any size
 * allocates at most 2 MiB once instead of a fresh buffer per chunk (no garbage, flat memory).
 * A chunk's buffer is read into again only after the chunk after it was handed out, and
 * `pumpBody` waits for a chunk's write to finish before asking for the next-but-one. A small
 * file gets small buffers (thousands of small uploads would otherwise allocate, and collect,
 * 2 MiB each), and reading stops at the size found, with no read just to meet the end of the
 * file: one that grew meanwhile is caught by `verify`.
 */
function fileChunks(handle: FileHandle, size: number): UploadSource["stream"] {
  const chunkBytes = Math.min(CHUNK_BYTES, Math.max(size, MIN_CHUNK_BYTES));
  const buffers: Buffer[] = [];
  async function* chunks() {
    let position = 0;
    for (let turn = 0; position < size; turn = (turn + 1) % BUFFERS) {
      buffers[turn] ??= Buffer.allocUnsafe(chunkBytes);
      const buffer = buffers[turn] as Buffer;
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      yield buffer.subarray(0, bytesRead);
    }
  }
  const iterator = chunks();
  return Object.assign(iterator, { destroy: () => void iterator.return(undefined) });
}

/** A Blob or File, read as it is sent (a File from `fs.openAsBlob` stays on disk); a File's mtime is sent. */
export function blobSource(blob: Blob): UploadSource {
  const stream = Readable.fromWeb(blob.stream() as WebReadableStream<Uint8Array>);
  const lastModified = blob instanceof File && Number.isFinite(blob.lastModified) ? blob.lastModified : undefined;
  return {
    stream,
    size: blob.size,
    ...(lastModified !== undefined ? { lastModified } : {}),
    label: "the upload Blob",
    verify: async () => {},
    close: async () => {},
  };
}

/** Wraps a caller's stream, whose size must be declared up front. */
export function streamSource(stream: Readable, size: number | undefined): UploadSource {
  if (size === undefined || !Number.isSafeInteger(size) || size < 0) {
    throw new AlistInputError("upload from a stream needs `size`: the exact byte count (Content-Length)");
  }
  return { stream, size, label: "the upload stream", verify: async () => {}, close: async () => {} };
}

/** Said of every change caught mid-upload: the request ends short of its Content-Length. */
const CUT_SHORT = "so the server got a short body and has no complete copy";

/**
 * Writes the source into the request with backpressure, counting bytes. The last chunk goes
 * out only after `verify`: a source that changed fails with the body short, and the caller
 * destroys the request, so the server never sees a complete body of mixed content. Resolves
 * once the body is complete.
 */
export async function pumpBody(req: ClientRequest, source: UploadSource, onProgress?: (p: UploadProgress) => void) {
  const total = source.size;
  let sent = 0;
  let verified = false;
  // One write in flight while the next chunk is read; waiting for the previous write also
  // frees its buffer for reuse (see fileChunks) and is the backpressure.
  const pending: Promise<void>[] = [];
  for await (const chunk of source.stream) {
    sent += chunk.length;
    if (sent > total) {
      throw new LocalFileError(source.label, `grew past ${total} bytes while it was being uploaded, ${CUT_SHORT}`);
    }
    if (sent === total) {
      // Every byte has been read: check the source before the last ones go.
      await Promise.all(pending.splice(0));
      await source.verify();
      verified = true;
    }
    pending.push(writeChunk(req, chunk));
    while (pending.length > BUFFERS - 1) await pending.shift();
    onProgress?.({ sent, total });
  }
  await Promise.all(pending);
  if (sent < total) {
    throw new LocalFileError(
      source.label,
      `ended after ${sent} of ${total} bytes: it shrank while it was being uploaded, ${CUT_SHORT}`,
    );
  }
  if (!verified) await source.verify();
  req.end();
}

/** Resolves once the socket has taken `chunk`; rejects if the request is torn down first. */
function writeChunk(req: ClientRequest, chunk: Uint8Array): Promise<void> {
  const done = new Promise<void>((resolve, reject) => {
    const onClose = () => reject(new Error("the request closed before the body was sent"));
    req.once("close", onClose);
    req.write(chunk, (error) => {
      req.off("close", onClose);
      if (error) reject(error);
      else resolve();
    });
  });
  // Awaited one turn later; until then a failure must not count as unhandled.
  done.catch(() => {});
  return done;
}
