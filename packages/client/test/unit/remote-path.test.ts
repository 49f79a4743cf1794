import { goPathUnescape } from "@alist-toolkit/testkit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AlistInputError, encodeFilePath, normalizeRemotePath } from "../../src/index.js";

describe("remote paths", () => {
  it("adds the leading slash and keeps everything else", () => {
    expect(normalizeRemotePath("a/b c.txt")).toBe("/a/b c.txt");
    expect(normalizeRemotePath("/a/b")).toBe("/a/b");
  });

  it.each(["/a/../b", "..", "/a/..", "../x"])("refuses %s locally (the server would answer 403)", (path) => {
    expect(() => normalizeRemotePath(path)).toThrow(AlistInputError);
  });

  it("allows names that merely contain dots", () => {
    expect(normalizeRemotePath("/a/..b/c..")).toBe("/a/..b/c..");
  });

  it("refuses empty paths, NUL and lone surrogates", () => {
    expect(() => normalizeRemotePath("")).toThrow(AlistInputError);
    expect(() => normalizeRemotePath("/a\0b")).toThrow(AlistInputError);
    expect(() => normalizeRemotePath("/a\uD800b")).toThrow(AlistInputError);
  });

  it.each([
    "/with space/file name.txt",
    "/中文/文件.txt",
    "/emoji/😀 🎉.png",
    "/plus/a+b.txt",
    "/percent/100%.txt",
    "/hash/#1.txt",
    "/question/why?.txt",
    "/combining/e\u0301.txt",
  ])("File-Path for %s decodes back exactly (Go PathUnescape keeps +)", (path) => {
    const header = encodeFilePath(path);
    expect(header).toMatch(/^[A-Za-z0-9\-_.!~*'()%]+$/);
    expect(goPathUnescape(header)).toBe(path);
  });

  it("very long names and paths survive the round trip", () => {
    const name = `${"長".repeat(200)}-${"a".repeat(55)}.txt`;
    const path = `/${Array.from({ length: 16 }, (_, i) => `${i}-${name}`).join("/")}`;
    expect(path.length).toBeGreaterThan(4000);
    expect(goPathUnescape(encodeFilePath(path))).toBe(path);
  });

  it("property: File-Path decodes to the exact normalised path (10,000 cases)", () => {
    const segment = fc
      .string({ unit: "grapheme", minLength: 1, maxLength: 12 })
      .filter((s) => s !== ".." && !s.includes("/") && !s.includes("\0"));
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 6 }), (segments) => {
        const path = `/${segments.join("/")}`;
        expect(goPathUnescape(encodeFilePath(path))).toBe(path);
      }),
      { numRuns: 10_000 },
    );
  });
});
