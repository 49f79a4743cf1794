/** Local file system errors in words, for LocalFileError's `detail`. */

/** A local file system error in a few words (no path: callers name the file). */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "ENOSPC") return "no space left on the device";
  if (code === "ENOTDIR") return "a parent is not a folder";
  return error instanceof Error ? error.message : String(error);
}
