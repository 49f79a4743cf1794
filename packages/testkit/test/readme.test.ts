import { describe, expect, it } from "vitest";
import { readmeBlocks } from "../src/readme.js";

const MARKDOWN = [
  "# Title",
  "## One",
  "```sh",
  "echo one",
  "```",
  "### One, deeper",
  "```js",
  "console.log(1);",
  "",
  "```",
  "## Two",
  "```sh",
  "echo two",
  "```",
].join("\n");

describe("readmeBlocks", () => {
  it("returns a section's blocks, its subsections' too, and stops at the next section", () => {
    expect(readmeBlocks("## One", MARKDOWN)).toEqual([
      { lang: "sh", code: "echo one\n" },
      { lang: "js", code: "console.log(1);\n\n" },
    ]);
    expect(readmeBlocks("## Two", MARKDOWN)).toEqual([{ lang: "sh", code: "echo two\n" }]);
  });

  it("refuses a heading the text does not have", () => {
    expect(() => readmeBlocks("## Three", MARKDOWN)).toThrow('README has no heading "## Three"');
  });

  it("reads the real README", () => {
    expect(readmeBlocks("## The client").length).toBeGreaterThan(0);
  });
});
