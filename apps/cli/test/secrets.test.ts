/**
 * Tokens, passwords and header values never appear in any output, --verbose and failures
 * included, and the password is never saved.
 */
import { readFileSync } from "node:fs";
import { readdir, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { freePortUrl } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, mockArgs, runCli, type Sandbox } from "./support/cli.js";
import { fakeAlist } from "./support/fake-alist.js";

const PASSWORD = "pw-Secret-7f3a";
const TOKEN = "tok-Secret-91c2";
const HEADER_VALUE = "hdr-Secret-55d0";
const FOLDER_PASSWORD = "folder-Secret-e81b";
const SECRETS = [PASSWORD, TOKEN, HEADER_VALUE, FOLDER_PASSWORD];

let sandbox: Sandbox;
let fake: Awaited<ReturnType<typeof fakeAlist>>;
let file: string;
beforeAll(async () => {
  sandbox = await makeSandbox();
  fake = await fakeAlist(TOKEN);
  file = join(sandbox.dir, "a.txt");
  await writeFile(file, "abc");
});
afterAll(async () => {
  await fake.close();
  await sandbox.remove();
});

function expectNoSecrets(result: CliResult) {
  for (const secret of SECRETS) {
    expect(result.stdout).not.toContain(secret);
    expect(result.stderr).not.toContain(secret);
  }
}

const header = ["-H", `X-Proxy-Auth: ${HEADER_VALUE}`];

describe("secrets stay out of the output", () => {
  it("login (stdin and ALIST_PASSWORD), --verbose and --json, then stat with the saved token", async () => {
    const viaStdin = await runCli(
      sandbox,
      ["--server", fake.url, ...header, "--verbose", "login", "--username", "admin", "--password-stdin"],
      { input: PASSWORD },
    );
    expect(viaStdin.code).toBe(0);
    expectNoSecrets(viaStdin);
    // --verbose names the header, never its value.
    expect(viaStdin.stderr).toContain("extra headers: X-Proxy-Auth (values not shown)");
    const viaEnv = await runCli(
      sandbox,
      ["--server", fake.url, "--json", "--verbose", "login", "--username", "admin"],
      {
        env: { ALIST_PASSWORD: PASSWORD },
      },
    );
    expect(viaEnv.code).toBe(0);
    expectNoSecrets(viaEnv);
    const saved = readFileSync(sandbox.configFile, "utf8");
    expect(saved).toContain(TOKEN);
    expect(saved).not.toContain(PASSWORD);

    const stat = await runCli(sandbox, [...header, "--verbose", "--json", "stat", "/a"]);
    expect(stat.code).toBe(0);
    expect(stat.stderr).toContain("token from the saved login (not shown)");
    expectNoSecrets(stat);
  });

  it("an unattended login with --password-stdin, --verbose and --json: not printed, not saved", async () => {
    const own = await makeSandbox();
    try {
      const result = await runCli(
        own,
        [
          "--server",
          fake.url,
          ...header,
          "--verbose",
          "--json",
          "--username",
          "admin",
          "--password-stdin",
          "stat",
          "/a",
        ],
        { input: PASSWORD },
      );
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain("logged in as admin (from --username)");
      expectNoSecrets(result);
      const saved = readFileSync(own.configFile, "utf8");
      expect(saved).toContain(TOKEN);
      expect(saved).not.toContain(PASSWORD);
    } finally {
      await own.remove();
    }
  });

  it("a refused unattended login with --password-stdin, --verbose with a stack trace", async () => {
    const own = await makeSandbox();
    try {
      const result = await runCli(
        own,
        [
          ...mockArgs("passwordIncorrect", ""),
          ...header,
          "--verbose",
          "--username",
          "admin",
          "--password-stdin",
          "whoami",
        ],
        { input: PASSWORD },
      );
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(/\n\s+at /);
      expectNoSecrets(result);
    } finally {
      await own.remove();
    }
  });

  it.each([["passwordIncorrect"], ["otpRequired"], ["tooManyAttempts"]])(
    "a refused login (%s), --verbose",
    async (example) => {
      const result = await runCli(
        sandbox,
        [...mockArgs(example, ""), ...header, "--verbose", "login", "--username", "admin", "--password-stdin"],
        { input: PASSWORD },
      );
      expect(result.code).not.toBe(0);
      expectNoSecrets(result);
    },
  );

  it.each([
    ["stat refused", [...mockArgs("tokenInvalidated", TOKEN), "stat", "/a", "--password", FOLDER_PASSWORD]],
    ["put refused", [...mockArgs("permissionDenied", TOKEN), "put", "a.txt", "/a/", "--password", FOLDER_PASSWORD]],
    ["ls refused", [...mockArgs("passwordIncorrect", TOKEN), "ls", "/a", "--password", FOLDER_PASSWORD]],
    ["get refused", [...mockArgs("passwordIncorrect", TOKEN), "get", "/a/b.txt", "--password", FOLDER_PASSWORD]],
    ["whoami refused", [...mockArgs("userDisabled", TOKEN), "whoami"]],
    [
      "put -r refused",
      [...mockArgs("passwordIncorrect", TOKEN), "put", "-r", ".", "/a", "--password", FOLDER_PASSWORD],
    ],
  ])("%s, --verbose with a stack trace", async (_name, args) => {
    const result = await runCli(sandbox, [...header, "--verbose", ...args]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/\n\s+at /);
    expectNoSecrets(result);
  });

  it("an unreachable server, with the token in ALIST_TOKEN and --json", async () => {
    const result = await runCli(
      sandbox,
      ["--server", await freePortUrl(), ...header, "--verbose", "--json", "stat", "/a"],
      {
        env: { ALIST_TOKEN: TOKEN },
      },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("token from ALIST_TOKEN (not shown)");
    expectNoSecrets(result);
  });

  it("a put --password to a working server", async () => {
    const result = await runCli(sandbox, [
      "--server",
      fake.url,
      "--token",
      TOKEN,
      ...header,
      "--verbose",
      "put",
      file,
      "/a/",
      "--password",
      FOLDER_PASSWORD,
    ]);
    expect(result.code).toBe(0);
    expect(fake.requests.at(-1)?.headers.password).toBe(FOLDER_PASSWORD);
    expectNoSecrets(result);
  });

  it.each([
    ["whoami", ["whoami"]],
    ["ls -l", ["ls", "-l", "/a", "--password", FOLDER_PASSWORD]],
    ["mkdir -p", ["mkdir", "-p", "/a/b"]],
    ["rm", ["rm", "/a/b.txt"]],
    ["mv", ["mv", "/a/b.txt", "/c"]],
    ["cp", ["cp", "/a/b.txt", "/c"]],
    ["tasks", ["tasks", "upload"]],
    ["stat", ["stat", "/a", "--password", FOLDER_PASSWORD]],
    ["logout", ["logout"]],
  ])("%s with --verbose and --json against the mock", async (_name, args) => {
    // Success or not (mkdir -p meets the mock's file example), nothing secret is printed.
    const result = await runCli(sandbox, [...mockArgs(undefined, TOKEN), ...header, "--verbose", "--json", ...args]);
    expect(result.stdout.length + result.stderr.length).toBeGreaterThan(0);
    expectNoSecrets(result);
  });

  it("no file the CLI wrote holds a secret, except the token in the 0600 config", async () => {
    const written = (await readdir(sandbox.dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .filter((path) => path !== file);
    expect(written).toContain(sandbox.configFile);
    for (const path of written) {
      const content = readFileSync(path, "utf8");
      for (const secret of [PASSWORD, HEADER_VALUE, FOLDER_PASSWORD]) expect(content, path).not.toContain(secret);
      if (path === sandbox.configFile) expect((await stat(path)).mode & 0o777).toBe(0o600);
      else expect(content, path).not.toContain(TOKEN);
    }
  });
});
