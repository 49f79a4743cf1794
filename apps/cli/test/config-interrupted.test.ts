/**
 * A config write cut short (here: a file-size limit hit while writing the new config) fails
 * clearly and leaves the old config intact: the new one would only be renamed into place whole.
 */
import { spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname } from "node:path";
import { childOutput } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI_PATH, makeSandbox, runCli, type Sandbox } from "./support/cli.js";
import { fakeAlist } from "./support/fake-alist.js";

const hasPrlimit = spawnSync("prlimit", ["--version"]).status === 0;

let sandbox: Sandbox;
let fake: Awaited<ReturnType<typeof fakeAlist>>;
beforeAll(async () => {
  sandbox = await makeSandbox();
  fake = await fakeAlist("token-from-fake");
});
afterAll(async () => {
  await fake.close();
  await sandbox.remove();
});

describe.skipIf(!hasPrlimit)("an interrupted config write", () => {
  it("fails with exit 4, leaves no temp file and keeps the previous config byte for byte", async () => {
    const first = await runCli(sandbox, ["--server", fake.url, "login", "--username", "admin", "--password-stdin"], {
      input: "pw",
    });
    expect(first.code).toBe(0);
    const before = readFileSync(sandbox.configFile, "utf8");

    // 16 bytes is less than any config: writing the temp file runs into the limit mid-way.
    // (Async spawn: the fake server answers from this process.)
    const child = spawn(
      "prlimit",
      [
        "--fsize=16",
        process.execPath,
        CLI_PATH,
        "--server",
        fake.url,
        "login",
        "--username",
        "someone-else",
        "--password-stdin",
      ],
      { env: { PATH: process.env.PATH, HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome } },
    );
    const done = childOutput(child);
    child.stdin.end("pw");
    const { code, stderr } = await done;
    expect(code).toBe(4);
    expect(stderr).toMatch(/^alist: login: cannot save the login to .*config\.json: /);
    expect(readdirSync(dirname(sandbox.configFile))).toEqual(["config.json"]);
    expect(readFileSync(sandbox.configFile, "utf8")).toBe(before);
    expect(JSON.parse(before).username).toBe("admin");
    // The old config still works.
    const stat = await runCli(sandbox, ["--server", fake.url, "stat", "/a"]);
    expect(stat.code).toBe(0);
  });
});
