/**
 * Reads a local folder for put -r: every folder (parents first) and regular file below it.
 * Symbolic links are not followed (nor sent), and neither are sockets or devices. Each file's
 * lstat is kept: its size decides skipping, and its identity (dev, inode) is what the upload
 * must find when it opens the file, so a link or file swapped in after the walk is not sent.
 */
import { type Dirent, type Stats, statSync } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { describeFsError, LocalFileError } from "@alist-toolkit/client";

export interface LocalFile {
  /** The path to open. */
  path: string;
  /** Its folder relative to the root, posix style ("" for the root). */
  folder: string;
  name: string;
  size: number;
  /** Device and inode from the walk's lstat. */
  dev: number;
  ino: number;
  /** Why its lstat failed (then size, dev and ino are 0): the file fails, it is not left out. */
  problem?: string;
}

export interface LocalTree {
  /** Relative folders, parents before children; "" is the root. */
  folders: string[];
  files: LocalFile[];
  /** What was left out, and why (links, special files, unreadable folders). */
  left: Array<{ path: string; reason: string }>;
}

/** What is wrong with the folder to send: said as a folder, not as a file. */
function folderError(error: unknown): string {
  return (error as { code?: string }).code === "ENOENT" ? "no such folder" : describeFsError(error);
}

export async function walkLocalTree(root: string): Promise<LocalTree> {
  try {
    if (!statSync(root).isDirectory()) throw new LocalFileError(root, "is not a folder (put -r sends a folder)");
  } catch (error) {
    if (error instanceof LocalFileError) throw error;
    throw new LocalFileError(root, folderError(error), { cause: error });
  }
  const tree: LocalTree = { folders: [], files: [], left: [] };
  const queue = [""];
  // Breadth first, so every folder comes after its parent.
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    const folder = next;
    const dir = join(root, folder);
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if (folder === "") throw new LocalFileError(root, folderError(error), { cause: error });
      tree.left.push({ path: dir, reason: `cannot read the folder: ${describeFsError(error)}` });
      continue;
    }
    tree.folders.push(folder);
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) queue.push(posix.join(folder, entry.name));
      else if (entry.isFile()) files.push(entry.name);
      else tree.left.push({ path, reason: entry.isSymbolicLink() ? "a symbolic link" : "not a regular file" });
    }
    const stats = await Promise.allSettled(files.map((name) => lstat(join(dir, name))));
    for (const [index, name] of files.entries()) {
      const path = join(dir, name);
      const stat = stats[index] as PromiseSettledResult<Stats>;
      if (stat.status === "rejected") {
        tree.files.push({ path, folder, name, size: 0, dev: 0, ino: 0, problem: describeFsError(stat.reason) });
      } else if (!stat.value.isFile()) {
        tree.left.push({ path, reason: stat.value.isSymbolicLink() ? "a symbolic link" : "not a regular file" });
      } else tree.files.push({ path, folder, name, size: stat.value.size, dev: stat.value.dev, ino: stat.value.ino });
    }
  }
  return tree;
}
