/**
 * The in-memory file tree: one folder per storage under `/`. File bytes live in memory, in a
 * file on disk (a `--seed-dir` original, never written, or an upload's temp file) or are
 * generated from a seed (big seeded videos).
 */
import { createHash } from "node:crypto";
import { Fail } from "./fail.js";

export type Content =
  | { kind: "bytes"; bytes: Buffer }
  | { kind: "disk"; path: string }
  | { kind: "pattern"; seed: number };

export interface Entry {
  name: string;
  isDir: boolean;
  children?: Map<string, Entry>;
  content?: Content;
  size: number;
  modified: Date;
  created: Date;
  /** Upper-case hex sha1, on storages that report hashes. */
  sha1?: string;
}

export interface Storage {
  /** The mount folder's name under `/`, e.g. "local". */
  name: string;
  provider: string;
  /** Whether this storage reports sha1 hashes (cloud drives do, Local does not). */
  hashes: boolean;
  root: Entry;
}

export function folder(name: string, time = new Date()): Entry {
  return { name, isDir: true, children: new Map(), size: 0, modified: time, created: time };
}

export function fileFromBytes(name: string, bytes: Buffer, time = new Date()): Entry {
  return {
    name,
    isDir: false,
    content: { kind: "bytes", bytes },
    size: bytes.length,
    modified: time,
    created: time,
    sha1: createHash("sha1").update(bytes).digest("hex").toUpperCase(),
  };
}

/** Splits a request path the way AList cleans it; a `..` segment is refused. */
export function cleanPath(raw: string): string {
  const segments = raw.replace(/\\/g, "/").split("/");
  if (segments.includes("..")) throw new Fail(403, "access using relative path is not allowed");
  const kept = segments.filter((segment) => segment !== "" && segment !== ".");
  return `/${kept.join("/")}`;
}

export function joinPath(dir: string, name: string): string {
  return cleanPath(`${dir}/${name}`);
}

export function splitPath(path: string): { parent: string; name: string } {
  const clean = cleanPath(path);
  const at = clean.lastIndexOf("/");
  return { parent: at <= 0 ? "/" : clean.slice(0, at), name: clean.slice(at + 1) };
}

export function cloneEntry(entry: Entry, name = entry.name): Entry {
  const copy: Entry = { ...entry, name, modified: new Date(), created: new Date() };
  if (entry.children) {
    copy.children = new Map([...entry.children].map(([key, child]) => [key, cloneEntry(child)]));
  }
  return copy;
}

export class Tree {
  readonly storages = new Map<string, Storage>();
  readonly created = new Date();

  addStorage(storage: Storage): void {
    this.storages.set(storage.name, storage);
  }

  /** The storage a path is in and the path inside it; a path outside every storage fails. */
  locate(path: string): { storage: Storage; inner: string[] } {
    const segments = cleanPath(path).split("/").slice(1);
    const storage = segments[0] ? this.storages.get(segments[0]) : undefined;
    if (!storage) {
      const suffix = this.storages.size === 0 ? "please add a storage first" : `rawPath: ${cleanPath(path)}`;
      throw new Fail(500, `failed get storage: storage not found; ${suffix}`);
    }
    return { storage, inner: segments.slice(1) };
  }

  /** The entry at a path (the storage's root for a mount point), or undefined. */
  find(path: string): Entry | undefined {
    const { storage, inner } = this.locate(path);
    let entry: Entry | undefined = storage.root;
    for (const segment of inner) {
      entry = entry?.children?.get(segment);
      if (!entry) return undefined;
    }
    return entry;
  }

  /** The folder at a path; fails as AList does when it is missing or a file. */
  folderAt(path: string, missing = "failed get objs: failed get dir: object not found"): Entry {
    const entry = this.find(path);
    if (!entry) throw new Fail(500, missing);
    if (!entry.isDir || !entry.children) throw new Fail(500, "failed get objs: not a folder");
    return entry;
  }

  /** Creates a folder and any missing parents; an existing folder is fine. */
  mkdirs(path: string): Entry {
    const { storage, inner } = this.locate(path);
    let entry = storage.root;
    for (const segment of inner) {
      const children = entry.children as Map<string, Entry>;
      let next = children.get(segment);
      if (!next) {
        next = folder(segment);
        children.set(segment, next);
        entry.modified = new Date();
      }
      if (!next.isDir) throw new Fail(500, `failed to make dir: ${segment} is a file`);
      entry = next;
    }
    return entry;
  }

  /** Puts an entry into a folder (replacing a same-named one). */
  place(dir: string, entry: Entry): void {
    const parent = this.mkdirs(dir);
    parent.children?.set(entry.name, entry);
    parent.modified = new Date();
  }

  detach(dir: string, name: string): Entry | undefined {
    const parent = this.find(dir);
    const entry = parent?.children?.get(name);
    if (parent && entry) {
      parent.children?.delete(name);
      parent.modified = new Date();
    }
    return entry;
  }

  /** Every file under a folder, depth first, with its folder's path. */
  *walk(dir: string): Generator<{ dir: string; entry: Entry }> {
    const start = this.find(dir);
    if (!start?.children) return;
    for (const entry of start.children.values()) {
      yield { dir, entry };
      if (entry.isDir) yield* this.walk(joinPath(dir, entry.name));
    }
  }
}
