/** Paths and names that would reach somewhere else than meant are refused before anything is sent. */
import { describe, expect, it } from "vitest";
import { type AlistClient, AlistInputError } from "../../src/index.js";
import { observedClient, ok } from "../support/observed-client.js";

const calls: Array<[string, (client: AlistClient) => Promise<unknown>]> = [
  ["fsList path", (c) => c.fsList({ path: "/local/../etc" })],
  ["fsDirs path", (c) => c.fsDirs({ path: "../x" })],
  ["fsSearch parent", (c) => c.fsSearch({ parent: "/a/..", keywords: "x", page: 1, per_page: 1 })],
  ["fsOther path", (c) => c.fsOther({ path: "/a/../b", method: "video_preview" })],
  ["fsMkdir path", (c) => c.fsMkdir({ path: "/a/../../b" })],
  ["fsRename path", (c) => c.fsRename({ path: "/a/../b", name: "c" })],
  ["fsRename name with a slash", (c) => c.fsRename({ path: "/a/b", name: "../c" })],
  ["fsRename empty name", (c) => c.fsRename({ path: "/a/b", name: "" })],
  [
    "fsBatchRename pair",
    (c) => c.fsBatchRename({ src_dir: "/a", rename_objects: [{ src_name: "x", new_name: ".." }] }),
  ],
  ["fsRegexRename folder", (c) => c.fsRegexRename({ src_dir: "..", src_name_regex: "a", new_name_regex: "b" })],
  ["fsMove name", (c) => c.fsMove({ src_dir: "/a", dst_dir: "/b", names: [".."] })],
  ["fsMove destination", (c) => c.fsMove({ src_dir: "/a", dst_dir: "/b/..", names: ["x"] })],
  ["fsCopy name", (c) => c.fsCopy({ src_dir: "/a", dst_dir: "/b", names: ["sub/x"] })],
  ["fsRecursiveMove source", (c) => c.fsRecursiveMove({ src_dir: "/a/../..", dst_dir: "/b" })],
  ["fsRemove name", (c) => c.fsRemove({ dir: "/a", names: ["ok.txt", ".."] })],
  ["fsRemoveEmptyDirectory", (c) => c.fsRemoveEmptyDirectory({ src_dir: "/a/../.." })],
  ["fsLink path", (c) => c.fsLink({ path: "/../etc/passwd" })],
  ["fsAddOfflineDownload path", (c) => c.fsAddOfflineDownload({ urls: ["https://x"], path: "/a/..", tool: "aria2" })],
  ["uploadForm remote path", (c) => c.uploadForm(new Blob(["x"]), "/a/../b.txt")],
  ["taskCancelSome empty id", (c) => c.taskCancelSome("upload", ["ok", ""])],
];

describe("bad remote input is refused locally", () => {
  it.each(calls)("%s", async (_, call) => {
    const { client, seen } = await observedClient(() => ok(null));
    await expect(call(client)).rejects.toBeInstanceOf(AlistInputError);
    expect(seen).toHaveLength(0);
  });

  it("good paths are normalised to one leading slash", async () => {
    const { client, seen } = await observedClient(() => ok(null));
    await client.fsMove({ src_dir: "local/Downloads", dst_dir: "/local/Movies", names: ["a.mkv"], overwrite: true });
    expect(seen[0]?.body).toEqual({
      src_dir: "/local/Downloads",
      dst_dir: "/local/Movies",
      names: ["a.mkv"],
      overwrite: true,
    });
  });
});
