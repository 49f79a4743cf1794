/**
 * Start-up: `--version` and `--help` work without loading any command, the client or
 * cli-progress (the bundle keeps them in chunks loaded on first use), and every command
 * documents itself and the exit codes.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_PATH, makeSandbox, mockArgs, runCli, type Sandbox } from "./support/cli.js";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  version: string;
};
const RECORDER = fileURLToPath(new URL("./support/record-loads.mjs", import.meta.url));

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await makeSandbox();
});
afterAll(() => sandbox.remove());

/** Runs the CLI and returns the text of every bundle file it loaded. */
function loadedCode(args: string[]): { status: number | null; code: string } {
  const log = join(sandbox.dir, `loads-${Math.random().toString(36).slice(2)}.log`);
  const run = spawnSync(process.execPath, ["--import", RECORDER, CLI_PATH, ...args], {
    env: { PATH: process.env.PATH, HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome, ALIST_TEST_LOAD_LOG: log },
    encoding: "utf8",
  });
  const files = readFileSync(log, "utf8")
    .trim()
    .split("\n")
    .filter((url) => !url.endsWith("record-loads.mjs"));
  return { status: run.status, code: files.map((url) => readFileSync(fileURLToPath(url), "utf8")).join("\n") };
}

describe("start-up", () => {
  it("--version prints only the version", async () => {
    for (const flag of ["--version", "-V"]) {
      const result = await runCli(sandbox, [flag]);
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
      expect(result.stderr).toBe("");
    }
  });

  it("--version alone loads only the entry: not even commander", () => {
    for (const flag of ["--version", "-V"]) {
      const { status, code } = loadedCode([flag]);
      expect(status).toBe(0);
      expect(code).not.toContain("node_modules/commander/");
      expect(code).not.toContain("openapi-fetch");
      expect(code).not.toContain("src/registration/");
    }
  });

  it("--help loads neither a command, the client nor cli-progress", () => {
    for (const args of [["--help"], ["put", "--help"], ["get", "--help"]]) {
      const { status, code } = loadedCode(args);
      expect(status).toBe(0);
      expect(code).toContain("node_modules/commander/");
      expect(code).not.toContain("node_modules/cli-progress/");
      expect(code).not.toContain("openapi-fetch");
      expect(code).not.toContain("packages/client/");
      expect(code).not.toContain("src/commands/");
    }
  });

  it("stat loads the client and its own command, but not cli-progress or the other commands", () => {
    const { status, code } = loadedCode([...mockArgs("success"), "stat", "/a"]);
    expect(status).toBe(0);
    expect(code).toContain("src/commands/stat.ts");
    expect(code).toContain("packages/client/");
    expect(code).not.toContain("src/commands/put.ts");
    expect(code).not.toContain("src/commands/get-tree.ts");
    expect(code).not.toContain("src/commands/login.ts");
    expect(code).not.toContain("node_modules/cli-progress/");
  });

  it("put of a small file does not load Node's fetch (about 25 ms of every run)", async () => {
    const small = join(sandbox.dir, "small.bin");
    writeFileSync(small, "x");
    const preload = join(sandbox.dir, "report-undici.cjs");
    writeFileSync(
      preload,
      'process.on("exit", () => process.stderr.write("undici:" + process.moduleLoadList.some((m) => m.includes("undici")) + "\\n"));',
    );
    const run = spawnSync(
      process.execPath,
      ["--require", preload, CLI_PATH, ...mockArgs("success"), "put", small, "/local/small.bin"],
      {
        env: { PATH: process.env.PATH, HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome },
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("undici:false");
  });

  it.each([
    [[]],
    [["login"]],
    [["logout"]],
    [["stat"]],
    [["put"]],
    [["whoami"]],
    [["ls"]],
    [["mkdir"]],
    [["rm"]],
    [["mv"]],
    [["cp"]],
    [["get"]],
    [["tasks"]],
  ])("alist %j --help documents options and exit codes", async (command) => {
    const result = await runCli(sandbox, [...command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout).toMatch(/^Usage: alist/);
    for (const text of [
      "--server <url>",
      "--token <token>",
      "-H, --header <header>",
      "--json",
      "--timeout",
      "--verbose",
    ]) {
      expect(result.stdout).toContain(text);
    }
    expect(result.stdout).toContain("Exit codes:\n  0    ok\n  1    server or API error");
    expect(result.stdout).toContain("130  interrupted");
  });

  it("the bin file is executable with a node shebang", () => {
    expect(readFileSync(CLI_PATH, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
    expect(spawnSync(CLI_PATH, ["--version"], { encoding: "utf8" }).stdout).toBe(`${version}\n`);
  });
});
