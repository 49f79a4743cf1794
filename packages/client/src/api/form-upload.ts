/**
 * Multipart upload (PUT /api/fs/form), for servers or proxies that only pass form uploads.
 * The file is a lazily read Blob (`fs.openAsBlob`), so it is never held in memory here, but the
 * server may buffer the whole part before the storage sees it: `upload` (fs/put) is the streaming one.
 */
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import type { Core } from "../core.js";
import type { RawAnswer } from "../envelope.js";
import { LocalFileError } from "../errors.js";
import { callSignals, toClientError } from "../failures.js";
import { type MultipartBody, singleFileForm } from "../multipart.js";
import { readText } from "../read-body.js";
import { normalizeRemotePath } from "../remote-path.js";
import { awaitResponse, openRequest } from "../transport.js";
import { type TaskInfo, type UploadOptions, type UploadResult, uploadHeaders } from "../upload.js";

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

/** The form body as a stream that notes when the file could not be read to the end. */
function watchedStream(body: Blob, onUnreadable: (error: unknown) => void): Readable {
  const reader = body.stream().getReader();
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        onUnreadable(error);
        controller.error(error);
      }
    },
    cancel: (reason) => reader.cancel(reason),
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
async function sendForm(
  core: Core,
  file: FormFile,
  form: MultipartBody,
  headers: Record<string, string>,
  opts: FormUploadOptions,
): Promise<RawAnswer> {
  const signals = callSignals(opts.signal, opts.timeoutMs ?? 0);
  const url = new URL(`${core.baseUrl}/api/fs/form`);
  let unreadable: unknown;
  const body = watchedStream(form.body, (error) => {
    unreadable = error;
  });
  try {
    const req = openRequest({
      method: "PUT",
      url,
      headers: { ...core.headersFor(opts), ...headers },
      signal: signals.signal,
    });
    const response = awaitResponse(req);
    // A failed read destroys the request, so its error reaches the answer below.
    pipeline(body, req).catch(() => {});
    const res = await response;
    return { status: res.statusCode ?? 0, contentType: res.headers["content-type"] ?? "", text: await readText(res) };
  } catch (error) {
    if (unreadable !== undefined) {
      throw new LocalFileError(file.label, "could not be read to the end (changed or removed?)", { cause: unreadable });
    }
    throw toClientError("fsForm", core.origin, error, signals);
  } finally {
    body.destroy();
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
      const sized = { size: form.body.size, lastModified: file.lastModified };
      const headers = { ...uploadHeaders(target, sized, opts), "Content-Type": form.contentType };
      // A Blob can be read again, so the upload is repeated after a re-login.
      const data = await core.withRelogin(opts, async () =>
        core.unwrap("fsForm", await sendForm(core, file, form, headers, opts)),
      );
      const task = (data as { task?: TaskInfo } | null)?.task;
      return { size: file.blob.size, ...(task ? { task } : {}) };
    },
  };
}
