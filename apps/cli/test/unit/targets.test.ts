/** Where put, put -r and get send or write a file, and the remote path splitting they use, directly. */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../src/command-errors.js";
import { localTarget } from "../../src/commands/get.js";
import { remoteTarget } from "../../src/commands/put.js";
import { remoteRoot } from "../../src/commands/put-tree.js";
import { joinRemotePath, splitRemotePath } from "../../src/remote-paths.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-targets-"));
  await mkdir(join(dir, "Videos"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("remote and local targets", () => {
  it("put: a remote path ending in / keeps the file's name; any other is the file's full path", () => {
    expect(remoteTarget("./x.bin", "/a/b/")).toBe("/a/b/x.bin");
    expect(remoteTarget("/tmp/dir/report 2024.pdf", "/backups/")).toBe("/backups/report 2024.pdf");
    expect(remoteTarget("./x.bin", "/a/b/y.bin")).toBe("/a/b/y.bin");
  });

  it("put -r: a remote path ending in / gets the local folder's name (resolved), cleaned", () => {
    expect(remoteRoot("./photos", "/backup/")).toBe("/backup/photos");
    expect(remoteRoot(join(dir, "Videos", "."), "/backup//")).toBe("/backup/Videos");
    expect(remoteRoot("./photos", "/backup//2024/./photos/")).toBe("/backup/2024/photos/photos");
    expect(remoteRoot("./photos", "/backup/2024")).toBe("/backup/2024");
  });

  it("get: no local path is the remote name here; a folder or a path ending in / gets the name in it", () => {
    expect(localTarget("/local/Movies/film.mkv", undefined)).toBe("film.mkv");
    expect(localTarget("/local/Movies/film.mkv", join(dir, "Videos"))).toBe(join(dir, "Videos", "film.mkv"));
    expect(localTarget("/local/Movies/film.mkv", "new-folder/")).toBe(join("new-folder", "film.mkv"));
    expect(localTarget("/local/Movies/film.mkv", join(dir, "copy.mkv"))).toBe(join(dir, "copy.mkv"));
    expect(() => localTarget("/", undefined)).toThrow(new UsageError("cannot download the root folder /"));
  });

  it("splitRemotePath cleans first; joinRemotePath joins and normalises", () => {
    expect(splitRemotePath("a//b/./c.txt/", "download")).toEqual({ dir: "/a/b", name: "c.txt" });
    expect(splitRemotePath("/c.txt", "move")).toEqual({ dir: "/", name: "c.txt" });
    expect(() => splitRemotePath("//", "move")).toThrow(new UsageError("cannot move the root folder /"));
    expect(joinRemotePath("/", "a")).toBe("/a");
    expect(joinRemotePath("/a/b/", "c")).toBe("/a/b/c");
  });
});
