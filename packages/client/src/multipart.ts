/**
 * A multipart/form-data body with one file part, built around a Blob. FormData's own encoder
 * does not tell the length, and without a length the transport would read the whole body into
 * memory; framing the file Blob keeps it lazy (a file from `openAsBlob` is read as it is sent).
 */
import { AlistInputError } from "./errors.js";

export interface MultipartBody {
  body: Blob;
  /** `multipart/form-data; boundary=...` */
  contentType: string;
}

/** Quotes a filename the way browsers do in Content-Disposition. */
function quoteFilename(name: string): string {
  return name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function singleFileForm(field: string, file: Blob, filename: string, fileType: string): MultipartBody {
  if (/[\r\n]/.test(fileType)) throw new AlistInputError("content type must be a single line");
  const boundary = `alist-toolkit-${crypto.randomUUID()}`;
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${field}"; filename="${quoteFilename(filename)}"\r\n` +
    `Content-Type: ${fileType}\r\n\r\n`;
  const tail = `\r\n--${boundary}--\r\n`;
  return { body: new Blob([head, file, tail]), contentType: `multipart/form-data; boundary=${boundary}` };
}
