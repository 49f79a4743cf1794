/** Entries as the API shows them: `Obj`, its `type`, `sign` and hashes. */
import { createHmac } from "node:crypto";
import type { components } from "../../../client/src/generated/schema.js";
import type { Entry, Storage } from "./tree.js";

export type Obj = components["schemas"]["Obj"];
type ObjType = components["schemas"]["ObjType"];

const TYPES: [ObjType, string][] = [
  [2, "mp4,mkv,avi,mov,rmvb,webm,flv,m3u8"],
  [3, "mp3,flac,ogg,m4a,wav,opus,wma"],
  [
    4,
    "txt,htm,html,xml,java,properties,sql,js,md,json,conf,ini,vue,php,py,bat,gitignore,yml,go,sh,c,cpp,h,hpp,tsx,vtt,srt,ass,rs,lrc",
  ],
  [5, "jpg,tiff,jpeg,png,gif,bmp,svg,ico,swf,webp"],
];
const BY_EXTENSION = new Map(TYPES.flatMap(([type, list]) => list.split(",").map((ext) => [ext, type] as const)));

/** The type fs/get reports: from the name alone, so a folder is usually 0. */
export function fileType(name: string): ObjType {
  const ext = name.includes(".") ? (name.split(".").pop() ?? "").toLowerCase() : "";
  return BY_EXTENSION.get(ext) ?? 0;
}

/** The type fs/list and search report: folders are 1. */
export function objType(entry: Entry): ObjType {
  return entry.isDir ? 1 : fileType(entry.name);
}

// Listings format the same times and sign the same paths again and again: each is worked out once.
const formatted = new WeakMap<Date, { at: number; text: string }>();

/** RFC 3339 with an offset, as the servers write times. */
export function time(date: Date): string {
  const at = date.getTime();
  const known = formatted.get(date);
  if (known?.at === at) return known.text;
  const text = date.toISOString().replace(/Z$/, "+00:00");
  formatted.set(date, { at, text });
  return text;
}

/** Signs kept per path; the map is emptied when it grows past this, so memory stays bounded. */
const MAX_SIGNS = 10_000;

export class Signer {
  private readonly signs = new Map<string, string>();

  constructor(private readonly secret: string) {}

  /** `base64url(HMAC-SHA256(secret, path:0))=:0`, the shape a default install uses. */
  sign(path: string): string {
    let sign = this.signs.get(path);
    if (sign === undefined) {
      sign = `${createHmac("sha256", this.secret).update(`${path}:0`).digest("base64url")}=:0`;
      if (this.signs.size >= MAX_SIGNS) this.signs.clear();
      this.signs.set(path, sign);
    }
    return sign;
  }

  verify(path: string, sign: string | null): boolean {
    return sign === this.sign(path);
  }
}

export function toObj(
  entry: Entry,
  path: string,
  storage: Storage | undefined,
  signer: Signer,
  type = objType(entry),
): Obj {
  const hashInfo = storage?.hashes ? { sha1: entry.isDir ? "" : (entry.sha1 ?? "") } : null;
  return {
    id: "",
    path: "",
    name: entry.name,
    size: entry.isDir ? 0 : entry.size,
    is_dir: entry.isDir,
    modified: time(entry.modified),
    created: time(entry.created),
    sign: entry.isDir ? "" : signer.sign(path),
    thumb: "",
    type,
    hashinfo: JSON.stringify(hashInfo),
    hash_info: hashInfo,
  };
}

/** Folders first, then by name, as a listing reads best. */
export function byFolderThenName(a: Entry, b: Entry): number {
  if (a.isDir !== b.isDir) return a.isDir ? -1 : 1;
  return a.name.localeCompare(b.name);
}
