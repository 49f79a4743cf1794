/**
 * Multipart upload (PUT /api/fs/form), for servers or proxies that only pass form uploads.
 * The file is a lazily read Blob (`fs.openAsBlob`), so it is never held in memory here, but the
 * server may buffer the whole part before the storage sees it: `upload` (fs/put) is the streaming one.
 */
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Core } from "../core.js";
import { LocalFileError } from "../errors.js";
import { singleFileForm } from "../multipart.js";
import { encodeFilePath, normalizeRemotePath } from "../remote-path.js";
import { type TaskInfo, type UploadOptions, type UploadResult, type UploadSource, uploadHeaders } from "../upload.js";

/** The fs/put options minus the streaming ones (the size comes from the file, progress is not reported). */
export type FormUploadOptions = Omit<UploadOptions, "size" | "onProgress">;

export interface FormUploadApi {
  /** Uploads a local file (by path) or a Blob to `remotePath` as a multipart form (PUT /api/fs/form). */
  uploadForm(source: string | Blob, remotePath: string, options?: FormUploadOptions): Promise<UploadResult>;
}

interface FormFile {
  blob: Blob;
  lastModified?: number;
  /** Where the bytes come from, for error messages. */
  label: string;
}

/**
 * The body as a stream that never errors: when the file cannot be read any more (it changed or
 * vanished after it was opened), `onError` aborts the request instead. A stream error would not
 * reach the request (it would stall until the timeout) and would surface as an uncaught error.
 */
function guardedStream(body: Blob, onError: (error: unknown) => void): ReadableStream<Uint8Array> {
  const reader = body.stream().getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        onError(error);
        controller.close();
      }
    },
    cancel: (reason) => reader.cancel(reason),
  });
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

export function formUploadApi(core: Core): FormUploadApi {
  return {
    async uploadForm(source, remotePath, opts = {}) {
      const target = normalizeRemotePath(remotePath);
      const file: FormFile =
        typeof source === "string" ? await openLocalFile(source) : { blob: source, label: "the upload Blob" };
      const filename = source instanceof File ? source.name : basename(target);
      const fileType = opts.contentType ?? (file.blob.type || "application/octet-stream");
      const form = singleFileForm("file", file.blob, filename, fileType);
      // fs/form reads the same headers as fs/put; only Content-Type and Content-Length describe the form.
      const sized = { size: form.body.size, lastModified: file.lastModified } as UploadSource;
      const headers: Record<string, string> = {
        ...uploadHeaders(target, sized, opts),
        "Content-Type": form.contentType,
      };
      const unreadable = new AbortController();
      const body = guardedStream(form.body, (error) =>
        unreadable.abort(
          new LocalFileError(file.label, "could not be read to the end (changed or removed?)", { cause: error }),
        ),
      );
      const signal = opts.signal ? AbortSignal.any([opts.signal, unreadable.signal]) : unreadable.signal;
      const call = { ...opts, signal, timeoutMs: opts.timeoutMs ?? 0 };
      const data = await core.json("fsForm", call, (init) =>
        core.raw.PUT("/api/fs/form", {
          params: { header: { "File-Path": encodeFilePath(target) } },
          body: { file: file.blob },
          bodySerializer: () => body,
          duplex: "half",
          parseAs: "text",
          ...init,
          headers: { ...init.headers, ...headers },
        }),
      );
      const task = (data as { task?: TaskInfo } | null)?.task;
      return { size: file.blob.size, ...(task ? { task } : {}) };
    },
  };
}
