/**
 * Reads a local folder for put -r: every folder (parents first) and regular file below it.
 * Symbolic links are not followed (nor sent), and neither are sockets or devices. Sizes are
 * not read here: only files that may be skipped need one (a stat per file is costly in bulk).
 */
import { type Dirent, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join, posix } from "node:path";
import { describeFsError, LocalFileError } from "@alist-toolkit/client";

export interface LocalFile {
  /** The path to open. */
  path: string;
  /** Its folder relative to the root, posix style ("" for the root). */
  folder: string;
  name: string;
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
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) queue.push(posix.join(folder, entry.name));
      else if (entry.isFile()) tree.files.push({ path, folder, name: entry.name });
      else tree.left.push({ path, reason: entry.isSymbolicLink() ? "a symbolic link" : "not a regular file" });
    }
  }
  return tree;
}
