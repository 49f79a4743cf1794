import { AlistInputError } from "./errors.js";

/**
 * Normalises an AList path to one leading slash and refuses `..` segments locally, which
 * the server would answer with code 403.
 */
export function normalizeRemotePath(path: string): string {
  if (path.length === 0) throw new AlistInputError("remote path is empty");
  if (path.includes("\0")) throw new AlistInputError("remote path contains a NUL character");
  if (!path.isWellFormed()) throw new AlistInputError("remote path is not valid Unicode (a lone surrogate)");
  const segments = path.split("/");
  if (segments.some((segment) => segment === "..")) {
    throw new AlistInputError(`remote path must not contain "..": ${path}`);
  }
  return path.startsWith("/") ? path : `/${path}`;
}

/** The File-Path header value: the server decodes it like Go's url.PathUnescape. */
export function encodeFilePath(path: string): string {
  return encodeURIComponent(normalizeRemotePath(path));
}
