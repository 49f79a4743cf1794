/**
 * The README's client example is examples/quick-start.mjs, word for word, and it runs as
 * written with Node against the mock: it logs in, reads a file's details and uploads 1 MiB.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { childOutput, readmeBlocks } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const EXAMPLE = fileURLToPath(new URL("../../examples/quick-start.mjs", import.meta.url));

let temp: string;
beforeAll(async () => {
  temp = await mkdtemp(join(tmpdir(), "alist-readme-example-"));
});
afterAll(() => rm(temp, { recursive: true, force: true }));

function runExample(env: Record<string, string>) {
  return childOutput(spawn(process.execPath, [EXAMPLE], { env: { PATH: process.env.PATH ?? "", ...env } }));
}

describe("the README's client example", () => {
  it("is examples/quick-start.mjs, word for word", () => {
    const blocks = readmeBlocks("## The client").filter((block) => block.lang === "js");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]?.code).toBe(readFileSync(EXAMPLE, "utf8"));
  });

  it("runs against the mock: file details, the whole upload's progress, and no file left behind", async () => {
    const run = await runExample({ ALIST_URL: inject("mockUrl"), TMPDIR: temp });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    // fsGet's answer is the spec's example file.
    expect(lines[0]).toMatch(/^\S.* \d+ \{ sha1: '[0-9A-F]{40}' \} https?:\/\/\S+$/);
    expect(lines.at(-1)).toBe(`${1024 * 1024}/${1024 * 1024}`);
    expect(await readdir(temp)).toEqual([]);
  });

  it("fails loudly, not silently, when nothing answers at ALIST_URL", async () => {
    const run = await runExample({ ALIST_URL: "http://127.0.0.1:9", TMPDIR: temp });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/AlistNetworkError/);
  });
});
