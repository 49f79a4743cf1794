/**
 * The README's CLI lines against the mock, run as written: one bash session in a fresh
 * folder (holding a link to ./alist, as the repository root does), every line's exit code
 * what its comment says (0 unless it says "exit N", then its stderr is the message quoted there).
 */
import { spawnSync } from "node:child_process";
import { mkdir, symlink } from "node:fs/promises";
import { join } from "node:path";
import { readmeBlocks } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { makeSandbox, type Sandbox } from "./support/cli.js";
import { REPO_ROOT, requireFreshBundle } from "./support/fresh-bundle.js";

const block = readmeBlocks("## The CLI").find((candidate) => candidate.code.includes("./alist login"));
const lines = (block?.code ?? "").split("\n").filter((line) => line.trim() !== "");

interface LineResult {
  line: string;
  code: number;
  stdout: string;
  stderr: string;
}

let sandbox: Sandbox;
let results: LineResult[];

beforeAll(async () => {
  requireFreshBundle();
  sandbox = await makeSandbox();
  await mkdir(join(sandbox.dir, "tmp"));
  await symlink(join(REPO_ROOT, "alist"), join(sandbox.dir, "alist"));
  // After each line, its exit code and a marker on both streams, to split them per line.
  const script = lines.map((line, i) => `${line}\necho "@@${i} $?" >&2; echo "@@${i}"\n`).join("");
  const run = spawnSync("bash", ["-c", script], {
    cwd: sandbox.dir,
    encoding: "utf8",
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: sandbox.home,
      XDG_CONFIG_HOME: sandbox.configHome,
      TMPDIR: join(sandbox.dir, "tmp"),
      ALIST_URL: inject("mockUrl"),
    },
  });
  const stdouts = run.stdout.split(/^@@\d+\n/m);
  const stderrs = run.stderr.split(/^@@\d+ \d+\n/m);
  const codes = [...run.stderr.matchAll(/^@@\d+ (\d+)$/gm)].map((match) => Number(match[1]));
  results = lines.map((line, i) => ({
    line,
    code: codes[i] ?? -1,
    stdout: stdouts[i] ?? "",
    stderr: stderrs[i] ?? "",
  }));
});
afterAll(() => sandbox.remove());

describe("the README's CLI examples against the mock", () => {
  it("are there, and every line was run", () => {
    expect(lines.length).toBeGreaterThan(5);
    expect(results.every((result) => result.code !== -1)).toBe(true);
  });

  it.each(lines.map((line, i) => [i, line] as const))("line %i: %s", (i) => {
    const result = results[i] as LineResult;
    const expected = /# (.*), exit (\d+)$/.exec(result.line);
    if (expected) {
      expect(result.code).toBe(Number(expected[2]));
      expect(result.stderr).toBe(`${expected[1]}\n`);
    } else {
      // Notes such as "Logged in to ..." go to stderr too; a failure is a line "alist: ...".
      expect({ code: result.code, failures: result.stderr.match(/^alist: .*/gm) ?? [] }).toEqual({
        code: 0,
        failures: [],
      });
    }
  });
});
