/**
 * What the tree starts with: a small realistic library on two storages (a Local disk without
 * hashes, a cloud drive with sha1 hashes), or a local folder (`--seed-dir`), read in place and
 * never written to.
 */
import { createHash } from "node:crypto";
import { lstatSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { type Entry, fileFromBytes, folder, type Storage, Tree } from "./tree.js";

/** A 1x1 PNG: real image bytes for the picture files. */
export const TINY_PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);

const SEEDED_AT = new Date("2024-05-17T05:47:55.417Z");

function text(name: string, body: string): Entry {
  return fileFromBytes(name, Buffer.from(body, "utf8"), SEEDED_AT);
}

/** A big file whose bytes are generated on read. */
function generated(name: string, size: number, seed: number): Entry {
  const sha1 = createHash("sha1").update(`${name}:${size}`).digest("hex").toUpperCase();
  return {
    name,
    isDir: false,
    content: { kind: "pattern", seed },
    size,
    modified: SEEDED_AT,
    created: SEEDED_AT,
    sha1,
  };
}

function dir(name: string, entries: Entry[]): Entry {
  const entry = folder(name, SEEDED_AT);
  for (const child of entries) entry.children?.set(child.name, child);
  return entry;
}

const SRT = `1
00:00:01,000 --> 00:00:04,000
A big, friendly rabbit wakes up.

2
00:00:05,000 --> 00:00:08,000
Three rodents are watching.
`;

const ASS = `[Script Info]
Title: Sintel
ScriptType: v4.00+

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
Dialogue: 0,0:01:47.00,0:01:50.00,Default,,0,0,0,,What brings you to the land of the gatekeepers?
`;

const README = `# Media library

Served by the AList mock. Movies, music, pictures and documents live on \`/local\`;
\`/115\` is a cloud drive that reports sha1 hashes. Copies between the two run as tasks.
`;

export function defaultTree(): Tree {
  const tree = new Tree();
  const local = dir("local", [
    text("README.md", README),
    dir("Movies", [
      generated("Big Buck Bunny.mkv", 276_134_947, 1),
      text("Big Buck Bunny.srt", SRT),
      dir("Shorts", [generated("Elephants Dream.mp4", 12_582_912, 2)]),
    ]),
    dir("Music", [generated("Jazz Loop.mp3", 3_145_728, 3), text("Jazz Loop.lrc", "[00:01.00]Instrumental\n")]),
    dir("Pictures", [
      fileFromBytes("sunset.png", TINY_PNG, SEEDED_AT),
      text(
        "logo.svg",
        '<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8"><rect width="8" height="8"/></svg>\n',
      ),
    ]),
    dir("Documents", [
      text("notes.txt", "Buy milk.\nCall the plumber.\n"),
      text("config.json", '{ "theme": "dark", "pageSize": 30 }\n'),
    ]),
    dir("Backups", []),
  ]);
  const cloud = dir("115", [
    dir("Movies", [
      dir("Extras", []),
      generated("Sintel (2010).mkv", 1_246_208_671, 4),
      text("Sintel (2010).ass", ASS),
      generated("Tears of Steel (2012).mp4", 389_211_545, 5),
    ]),
    dir("Backups", []),
  ]);
  tree.addStorage({ name: "local", provider: "Local", hashes: false, root: local });
  tree.addStorage({ name: "115", provider: "115 Cloud", hashes: true, root: cloud });
  return tree;
}

/** Reads a folder's layout (not its bytes) into entries; symbolic links are left out. */
function readFolder(path: string, name: string): Entry {
  const stat = lstatSync(path);
  const entry = folder(name, stat.mtime);
  for (const child of readdirSync(path)) {
    const childPath = join(path, child);
    const info = lstatSync(childPath);
    if (info.isDirectory()) entry.children?.set(child, readFolder(childPath, child));
    else if (info.isFile()) {
      entry.children?.set(child, {
        name: child,
        isDir: false,
        content: { kind: "disk", path: childPath },
        size: info.size,
        modified: info.mtime,
        created: info.birthtime.getTime() > 0 ? info.birthtime : info.mtime,
      });
    }
  }
  return entry;
}

/** `/local` is the folder; `/115` an empty cloud drive to copy to. */
export function treeFromFolder(path: string): Tree {
  const tree = new Tree();
  const local: Storage = { name: "local", provider: "Local", hashes: false, root: readFolder(path, "local") };
  tree.addStorage(local);
  tree.addStorage({ name: "115", provider: "115 Cloud", hashes: true, root: dir("115", []) });
  return tree;
}
