/** What every runtime's download shares: the signed link of a path, and what its answer may mean. */
import { AlistInputError } from "../errors.js";
import { normalizeRemotePath } from "../remote-path.js";

/** `/d` + each segment URL-encoded, with the sign when the server gave one. */
export function signedDownloadUrl(baseUrl: string, path: string, sign: string): string {
  const encoded = normalizeRemotePath(path).split("/").map(encodeURIComponent).join("/");
  return `${baseUrl}/d${encoded}${sign ? `?sign=${encodeURIComponent(sign)}` : ""}`;
}

/** An http(s) URL given as the source, or `undefined` for an AList path. */
export function asUrl(source: string): string | undefined {
  if (!/^https?:\/\//i.test(source)) return undefined;
  if (!URL.canParse(source)) throw new AlistInputError(`invalid download URL: ${JSON.stringify(source)}`);
  return source;
}

/** An AList envelope with an error code, if `text` is one. */
export function errorEnvelope(text: string): { code: number; message: string } | undefined {
  try {
    const body = JSON.parse(text) as { code?: unknown; message?: unknown };
    if (Number.isInteger(body.code) && body.code !== 200 && typeof body.message === "string" && "data" in body) {
      return { code: body.code as number, message: body.message };
    }
  } catch {
    // Not JSON: the caller describes the answer by its status instead.
  }
  return undefined;
}
