/** The CLI's remote-path helpers, directly: grouping by folder, ancestry, "not found" answers. */
import { AlistError, AlistInputError } from "@alist-toolkit/client";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/command-errors.js";
import { cleanRemotePath, groupByFolder, isNotFound, remoteAncestry } from "../../src/remote-paths.js";

describe("remote paths", () => {
  it("groupByFolder: one group per folder, in the order first named, each name once", () => {
    expect(groupByFolder(["/a/x", "/b/y", "/a/z", "/a/x", "a//b/./w/"], "remove")).toEqual([
      { dir: "/a", names: ["x", "z"] },
      { dir: "/b", names: ["y"] },
      { dir: "/a/b", names: ["w"] },
    ]);
  });

  it("groupByFolder refuses the root and `..`", () => {
    expect(() => groupByFolder(["/"], "remove")).toThrow(new UsageError("cannot remove the root folder /"));
    expect(() => groupByFolder(["/a/../b"], "remove")).toThrow(AlistInputError);
  });

  it("cleanRemotePath and remoteAncestry", () => {
    expect(cleanRemotePath("a//b/./c/")).toBe("/a/b/c");
    expect(remoteAncestry("/a/b/c")).toEqual(["/a", "/a/b", "/a/b/c"]);
    expect(remoteAncestry("/")).toEqual([]);
  });

  it("isNotFound: code 500 'object not found' or 'storage not found', nothing else", () => {
    expect(isNotFound(new AlistError(500, "failed get objs: object not found", "fsGet"))).toBe(true);
    expect(isNotFound(new AlistError(500, "storage not found; please add a storage first", "fsGet"))).toBe(true);
    expect(isNotFound(new AlistError(500, "Loading storage, please wait", "fsGet"))).toBe(false);
    expect(isNotFound(new AlistError(404, "not found", "fsGet"))).toBe(false);
    expect(isNotFound(new Error("object not found"))).toBe(false);
  });
});
