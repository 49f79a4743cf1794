/**
 * Multipart upload (PUT /api/fs/form), for servers or proxies that only pass form uploads.
 * The file is a lazily read Blob (`fs.openAsBlob`), so it is never held in memory here, but the
 * server may buffer the whole part before the storage sees it: `upload` (fs/put) is the streaming one.
 */
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline as pipe } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { LocalFileError } from "../errors.js";
import { type MultipartBody, singleFileForm } from "../multipart.js";
import type { Pipeline } from "../pipeline.js";
import { normalizeRemotePath } from "../remote-path.js";
import { runTransfer } from "../transfer.js";
import { type UploadOptions, type UploadResult, uploadHeaders } from "../upload.js";

/** The fs/put options minus the streaming ones (the size comes from the file, progress is not reported). */
export type FormUploadOptions = Omit<UploadOptions, "size" | "onProgress">;

interface FormFile {
  blob: Blob;
  lastModified?: number;
  /** Where the bytes come from, for error messages. */
  label: string;
}

/**
 * The form body as a stream that notes when the file could not be read to the end, and each
 * chunk it is asked for (the request takes more only once the socket took the last: progress).
 * Exported for its tests only.
 */
export function watchedStream(body: Blob, onUnreadable: (error: unknown) => void, onChunk: () => void): Readable {
  const reader = body.stream().getReader();
  // Set when the request tore the body down (a stall, an abort, a dead connection).
  let cancelled = false;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        onChunk();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        // A read in flight when the body was torn down ends in an error of its own (the
        // controller is closed by then): that is the request's failure, not the file's.
        if (cancelled) return;
        onUnreadable(error);
        controller.error(error);
      }
    },
    cancel: (reason) => {
      cancelled = true;
      return reader.cancel(reason);
    },
  });
  return Readable.fromWeb(stream as WebReadableStream<Uint8Array>);
}

async function openLocalFile(path: string): Promise<FormFile> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new LocalFileError(path, "is a directory, not a file");
    if (!info.isFile()) throw new LocalFileError(path, "is not a regular file");
    return { blob: await openAsBlob(path), lastModified: Math.floor(info.mtimeMs), label: path };
  } catch (error) {
    if (error instanceof LocalFileError) throw error;
    const code = (error as { code?: string }).code;
    const detail = code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : String(error);
    throw new LocalFileError(path, detail, { cause: error });
  }
}

/** One PUT of the form; resolves with the raw answer, whatever it says. */
function sendForm(
  pipeline: Pipeline,
  file: FormFile,
  form: MultipartBody,
  headers: Record<string, string>,
  opts: FormUploadOptions,
) {
  let unreadable: unknown;
  const url = new URL(`${pipeline.baseUrl}/api/fs/form`);
  const limits = {
    signal: opts.signal,
    timeoutMs: opts.timeoutMs,
    idleTimeoutMs: opts.idleTimeoutMs ?? pipeline.defaultIdleTimeoutMs,
  };
  return runTransfer("fsForm", pipeline.origin, limits, async (transfer) => {
    const body = watchedStream(
      form.body,
      (error) => {
        unreadable = error;
      },
      () => transfer.idle?.touch(),
    );
    try {
      // A failed read destroys the request, so its error reaches the answer below. Once the
      // whole form is out, the server may take long to store it: that wait is not idle time.
      const res = await transfer.request("PUT", url, { ...pipeline.headersFor(opts), ...headers }, (req) => {
        pipe(body, req).then(
          () => transfer.idle?.pause(),
          () => {},
        );
      });
      return await transfer.answer(res);
    } catch (error) {
      if (unreadable !== undefined) {
        throw new LocalFileError(file.label, "could not be read to the end (changed or removed?)", {
          cause: unreadable,
        });
      }
      throw error;
    } finally {
      body.destroy();
    }
  });
}

export function formUploadCalls(pipeline: Pipeline) {
  return {
    /** Uploads a local file (by path) or a Blob to `remotePath` as a multipart form (PUT /api/fs/form). */
    async uploadForm(source: string | Blob, remotePath: string, opts: FormUploadOptions = {}): Promise<UploadResult> {
      const target = normalizeRemotePath(remotePath);
      const file: FormFile =
        typeof source === "string" ? await openLocalFile(source) : { blob: source, label: "the upload Blob" };
      const filename = source instanceof File ? source.name : basename(target);
      const fileType = opts.contentType ?? (file.blob.type || "application/octet-stream");
      const form = singleFileForm("file", file.blob, filename, fileType);
      // fs/form reads the same headers as fs/put; only Content-Type and Content-Length describe the form.
      const sized = { size: form.body.size, lastModified: file.lastModified };
      const headers = { ...uploadHeaders(target, sized, opts), "Content-Type": form.contentType };
      // A Blob can be read again, so the upload is repeated after a re-login.
      const data = await pipeline.withRelogin(opts, async () =>
        pipeline.unwrap("fsForm", await sendForm(pipeline, file, form, headers, opts)),
      );
      const task = data?.task;
      return { size: file.blob.size, ...(task ? { task } : {}) };
    },
  };
}
