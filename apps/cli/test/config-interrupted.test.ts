/**
 * A config write cut short (here: the process killed by its file-size limit while writing
 * the new config) leaves the old config intact, because the new one is renamed into place.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
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
  it("keeps the previous config byte for byte", async () => {
    const first = await runCli(sandbox, ["--server", fake.url, "login", "--username", "admin", "--password-stdin"], {
      input: "pw",
    });
    expect(first.code).toBe(0);
    const before = readFileSync(sandbox.configFile, "utf8");

    // 16 bytes is less than any config: writing the temp file exceeds the limit mid-way.
    const interrupted = spawnSync(
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
      { input: "pw", env: { PATH: process.env.PATH, HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome } },
    );
    expect(interrupted.status).not.toBe(0);
    expect(readFileSync(sandbox.configFile, "utf8")).toBe(before);
    expect(JSON.parse(before).username).toBe("admin");
    // The old config still works.
    const stat = await runCli(sandbox, ["--server", fake.url, "stat", "/a"]);
    expect(stat.code).toBe(0);
    execFileSync("true");
  });
});
