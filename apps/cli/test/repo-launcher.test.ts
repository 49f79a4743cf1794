/**
 * Running the CLI from the repository: `./alist` and `pnpm --silent alist` print exactly what
 * the bundle prints and exit with its code (no build banner, no notices). pnpm 12 itself adds
 * one "[ELIFECYCLE] Command failed" line to a failing script, whatever its flags; that line,
 * and only that, is allowed for the pnpm script.
 */
import { spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_PATH, makeSandbox, type Sandbox } from "./support/cli.js";
import { REPO_ROOT as REPO, requireFreshBundle } from "./support/fresh-bundle.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await makeSandbox();
  requireFreshBundle();
});
afterAll(() => sandbox.remove());

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, {
    cwd: sandbox.dir,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FAILURES: [string, string[]][] = [
  ["a usage error (exit 2)", ["stat", "--bogus"]],
  ["a missing local file (exit 4)", ["--server", "http://127.0.0.1:9", "--token", "t", "put", "./nope.bin", "/x/"]],
];

describe("the CLI run from the repository", () => {
  it.each(FAILURES)("./alist: %s gives the bundle's stdout, stderr and exit code, nothing more", (_what, args) => {
    const bundle = run(process.execPath, [CLI_PATH, ...args]);
    expect(bundle.code).not.toBe(0);
    expect(bundle.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(run(`${REPO}/alist`, args)).toEqual(bundle);
  });

  it.each(FAILURES)("pnpm --silent alist: %s adds only pnpm's own ELIFECYCLE line", (_what, args) => {
    const bundle = run(process.execPath, [CLI_PATH, ...args]);
    const script = run("pnpm", ["--dir", REPO, "--silent", "alist", ...args]);
    expect(script.code).toBe(bundle.code);
    expect(script.stdout).toBe(bundle.stdout);
    const pnpmLine = `[ELIFECYCLE] Command failed with exit code ${bundle.code}.\n`;
    expect(script.stderr.replace(pnpmLine, "")).toBe(bundle.stderr);
  });

  it("pnpm --silent alist takes relative paths from where it was started, not from the root", async () => {
    await writeFile(join(sandbox.dir, "here.bin"), "x");
    const args = ["--server", "http://127.0.0.1:9", "--token", "t", "put", "./here.bin", "/x/"];
    const script = run("pnpm", ["--dir", REPO, "--silent", "alist", ...args]);
    // The file was found (no exit 4 "no such file"): the upload got as far as the server.
    expect(script.stderr).toMatch(/^alist: .*cannot reach/);
    expect(script.code).toBe(1);
  });
});
