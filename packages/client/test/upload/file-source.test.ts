/**
 * What a local file may do while it is uploaded, against a byte sink that records every body
 * that arrived whole: a file changed mid-upload never arrives whole (its last bytes are held
 * back until it is checked), and a file the caller saw earlier (`sameFileAs`) is sent only if
 * it is still that file, never a symbolic link or another file swapped in.
 */
import { closeSync, openSync, utimesSync, writeSync } from "node:fs";
import { lstat, mkdir, mkdtemp, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { byteSink } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlistClient, LocalFileError } from "../../src/index.js";

const MIB = 1024 * 1024;
let dir: string;
let sink: Awaited<ReturnType<typeof byteSink>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-file-source-"));
  // A fast sink: a complete body would arrive before the client could take it back.
  sink = await byteSink();
});
afterAll(async () => {
  await sink.close();
  await rm(dir, { recursive: true, force: true });
});

const client = () => createAlistClient({ baseUrl: sink.url, token: "tok" });
const identity = async (path: string) => {
  const { dev, ino } = await lstat(path);
  return { dev, ino };
};

describe("a file changed mid-upload", () => {
  it("rewritten in place (same size) after the first chunk: the server never gets the whole body", async () => {
    const path = join(dir, "rewritten.bin");
    const size = 4 * MIB;
    await writeFile(path, Buffer.alloc(size, 1));
    // An old mtime, so the rewrite surely changes it.
    utimesSync(path, new Date(1_600_000_000_000), new Date(1_600_000_000_000));
    const before = sink.received.length;
    const failure = await client()
      .upload(path, "/local/rewritten.bin", {
        onProgress: ({ sent }) => {
          if (sent !== MIB) return;
          // Synchronously, while the rest is still to be read.
          const fd = openSync(path, "r+");
          writeSync(fd, Buffer.from("changed"), 0, 7, 100);
          closeSync(fd);
        },
      })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LocalFileError);
    // No body arrived complete: the request ended short of its Content-Length.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(sink.received.slice(before)).toEqual([]);
    expect(sink.progress.bytes).toBeLessThan(size);
    expect((failure as LocalFileError).detail).toBe(
      "changed while it was being uploaded: its last bytes were held back, so the server got a short body and has no complete copy",
    );
  });

  it("an unchanged file still arrives whole", async () => {
    const path = join(dir, "steady.bin");
    await writeFile(path, Buffer.alloc(3 * MIB + 5, 2));
    const result = await client().upload(path, "/local/steady.bin");
    expect(result.size).toBe(3 * MIB + 5);
    expect(sink.received.at(-1)?.bytes).toBe(3 * MIB + 5);
  });
});

describe("sameFileAs: the file a folder walk saw", () => {
  it("sends the file when it is still the one seen", async () => {
    const path = join(dir, "same.txt");
    await writeFile(path, "same");
    const result = await client().upload(path, "/local/same.txt", { sameFileAs: await identity(path) });
    expect(result.size).toBe(4);
    expect(sink.received.at(-1)?.bytes).toBe(4);
  });

  it("refuses a symbolic link swapped in for it, and sends nothing of the file it points to", async () => {
    const path = join(dir, "swapped.txt");
    const outside = join(dir, "outside-secret.txt");
    await writeFile(path, "mine");
    await writeFile(outside, "outside secret, 31 bytes long..");
    const seen = await identity(path);
    await rm(path);
    await symlink(outside, path);
    const before = sink.received.length;
    const failure = await client()
      .upload(path, "/local/swapped.txt", { sameFileAs: seen })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect((failure as LocalFileError).detail).toBe("is now a symbolic link (not followed, not sent)");
    expect(sink.received.length).toBe(before);
  });

  it("refuses another file put in its place, also through a parent folder swapped for a link", async () => {
    const tree = join(dir, "tree");
    const elsewhere = join(dir, "elsewhere");
    await mkdir(join(tree, "sub"), { recursive: true });
    await mkdir(elsewhere);
    await writeFile(join(tree, "sub", "b.txt"), "bee");
    await writeFile(join(elsewhere, "b.txt"), "not the walked file");
    const seen = await identity(join(tree, "sub", "b.txt"));
    await rename(join(tree, "sub"), join(tree, "sub-gone"));
    await symlink(elsewhere, join(tree, "sub"));
    const before = sink.received.length;
    const failure = await client()
      .upload(join(tree, "sub", "b.txt"), "/local/b.txt", { sameFileAs: seen })
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect((failure as LocalFileError).detail).toBe("was replaced by another file after it was listed (not sent)");
    expect(sink.received.length).toBe(before);
  });

  it("without sameFileAs a named link is still followed (a single put of a link the user chose)", async () => {
    const target = join(dir, "target.txt");
    const link = join(dir, "chosen-link.txt");
    await writeFile(target, "followed");
    await symlink(target, link);
    const result = await client().upload(link, "/local/chosen.txt");
    expect(result.size).toBe(8);
  });
});
