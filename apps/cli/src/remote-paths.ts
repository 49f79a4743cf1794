/** AList paths as the commands take them: normalised, split into folder and name, grouped by folder. */
import { posix } from "node:path";
import { AlistError, normalizeRemotePath } from "@alist-toolkit/client";
import { UsageError } from "./command-errors.js";

/** Whether the servers' answer means "nothing there" (code 500 "object not found", "storage not found"). */
export function isNotFound(error: unknown): boolean {
  return error instanceof AlistError && error.code === 500 && /not found/i.test(error.serverMessage);
}

/** `a//b/./c/` -> `/a/b/c`; `..` is refused (by the client's rule). */
export function cleanRemotePath(path: string): string {
  const normal = posix.normalize(normalizeRemotePath(path));
  return normal.length > 1 ? normal.replace(/\/+$/, "") : normal;
}

/** `/a/b/c.txt` -> `{ dir: "/a/b", name: "c.txt" }`; the root has no folder to name it in. */
export function splitRemotePath(path: string, verb: string): { dir: string; name: string } {
  const clean = cleanRemotePath(path);
  if (clean === "/") throw new UsageError(`cannot ${verb} the root folder /`);
  return { dir: posix.dirname(clean), name: posix.basename(clean) };
}

export function joinRemotePath(dir: string, name: string): string {
  return posix.join(dir, name);
}

/** One entry per folder, in the order first named, each name once: one API call per folder. */
export function groupByFolder(paths: string[], verb: string): Array<{ dir: string; names: string[] }> {
  const groups = new Map<string, Set<string>>();
  for (const path of paths) {
    const { dir, name } = splitRemotePath(path, verb);
    const names = groups.get(dir) ?? new Set<string>();
    names.add(name);
    groups.set(dir, names);
  }
  return [...groups].map(([dir, names]) => ({ dir, names: [...names] }));
}

/** `/a/b/c` -> `["/a", "/a/b", "/a/b/c"]`. */
export function remoteAncestry(path: string): string[] {
  const parts = cleanRemotePath(path).split("/").filter(Boolean);
  return parts.map((_, index) => `/${parts.slice(0, index + 1).join("/")}`);
}
