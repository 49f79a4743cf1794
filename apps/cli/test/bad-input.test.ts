/**
 * Bad input and broken surroundings: each gives one clear line on stderr, the documented
 * exit code, and no stack trace.
 */
import { chmod, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { byteSink, freePortUrl, type Listening, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { copyCliInto, makeSandbox, runCli, type Sandbox, startCli } from "./support/cli.js";

let sandbox: Sandbox;
let html: Listening;
let silent: Listening;
beforeAll(async () => {
  sandbox = await makeSandbox();
  await writeFile(join(sandbox.dir, "small.txt"), "hello\n");
  // What a wrong address or route gives: the web app's page.
  html = await listen((_req, res) => {
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    res.end("<!doctype html><html><body>AList</body></html>");
  });
  // Takes the request and never answers.
  silent = await listen(() => {});
});
afterAll(async () => {
  await Promise.all([html.close(), silent.close()]);
  await sandbox.remove();
});

const noStack = (stderr: string) => expect(stderr).not.toMatch(/\n\s+at /);

describe("local files that cannot be sent (exit 4)", () => {
  const put = (file: string, options?: Parameters<typeof runCli>[2]) =>
    runCli(sandbox, ["--server", "http://127.0.0.1:5244", "--token", "t", "put", file, "/dest/"], options);

  it("a missing file", async () => {
    const result = await put("./nope.bin");
    expect(result.code).toBe(4);
    expect(result.stderr).toBe("alist: put ./nope.bin: no such file\n");
  });

  it("a folder given as the file", async () => {
    await mkdir(join(sandbox.dir, "folder"), { recursive: true });
    const result = await put("folder");
    expect(result.code).toBe(4);
    expect(result.stderr).toBe("alist: put folder: is a directory, not a file\n");
  });

  it("an unreadable file (run as an unprivileged user when the tests run as root)", async () => {
    const path = join(sandbox.dir, "secret.bin");
    await writeFile(path, "top secret");
    await chmod(path, 0o000);
    // chmod 000 does not stop root from reading: run the CLI as "nobody" then, from a copy
    // "nobody" can read (the checkout may sit in a folder only its owner can enter).
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534, cliPath: await copyCliInto(sandbox) } : {};
    const result = await put(path, asNobody);
    expect(result.code).toBe(4);
    expect(result.stderr).toBe(`alist: put ${path}: permission denied\n`);
  });
});

describe("login, server and URL problems", () => {
  it("no saved login and no token (exit 3)", async () => {
    const server = await listen((_req, res) => res.end("pong"));
    try {
      const result = await runCli(sandbox, ["--server", server.url, "stat", "/a.txt"]);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(
        `alist: stat /a.txt: not logged in to ${server.url}: run \`alist login\`, or pass --token or set ALIST_TOKEN\n`,
      );
    } finally {
      await server.close();
    }
  });

  it("a server URL ending in /api: the whole hint, with the URL to use, and no body cut mid-word (exit 1)", async () => {
    const mock = inject("mockUrl");
    const line = `alist: ${mock}/api did not answer as the AList API does (HTTP 404, application/problem+json): leave /api out of the server URL (the CLI adds it): --server ${mock}\n`;
    for (const args of [
      ["--server", `${mock}/api`, "--token", "t", "stat", "/a.txt"],
      ["--server", `${mock}/api/`, "ls", "/"],
    ]) {
      const result = await runCli(sandbox, args);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(line);
    }
  });

  it("no token for a server that is down: it cannot be reached (exit 1), checked before blaming the login", async () => {
    const url = await freePortUrl();
    const result = await runCli(sandbox, ["--server", url, "stat", "/a.txt"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`alist: cannot reach ${url}: connection refused\n`);
  });

  it("no server at all (exit 3)", async () => {
    const result = await runCli(sandbox, ["stat", "/a.txt"]);
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/^alist: stat \/a\.txt: no server: run `alist login --server URL`/);
  });

  it("an unreachable server (exit 1)", async () => {
    const url = await freePortUrl();
    const result = await runCli(sandbox, ["--server", url, "--token", "t", "stat", "/a.txt"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`alist: cannot reach ${url}: connection refused\n`);
  });

  it("a server answering HTML instead of the API (exit 1)", async () => {
    for (const args of [
      ["stat", "/a.txt"],
      ["put", "small.txt", "/a/"],
    ]) {
      const result = await runCli(sandbox, ["--server", html.url, "--token", "t", ...args]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `alist: ${html.url} did not answer as the AList API does: text/html instead of JSON ` +
          "(a wrong route or method answers with the web page) (HTTP 200)\n",
      );
    }
  });

  it("a server that does not answer in time (exit 1)", async () => {
    const result = await runCli(sandbox, ["--server", silent.url, "--token", "t", "--timeout", "0.3", "stat", "/a"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`alist: stat /a: ${silent.url} did not answer within 0.3 s (see --timeout)\n`);
  });

  it.each([
    ["not-a-url", 'invalid server URL: "not-a-url"'],
    ["ftp://127.0.0.1/", 'server URL must start with http:// or https://: "ftp://127.0.0.1/"'],
  ])("a malformed server URL %s (exit 2)", async (url, message) => {
    const result = await runCli(sandbox, ["--server", url, "--token", "t", "stat", "/a.txt"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`alist: stat /a.txt: ${message}\n`);
  });

  it("a remote path with a .. segment is refused before anything is sent (exit 2)", async () => {
    const result = await runCli(sandbox, ["--server", html.url, "--token", "t", "stat", "/a/../etc"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('alist: stat /a/../etc: remote path must not contain "..": /a/../etc\n');
  });
});

describe("usage errors (exit 2)", () => {
  it.each([
    [["--bogus"], "alist: unknown option '--bogus'\n"],
    [["stat"], "alist: missing required argument 'remote-path'\n"],
    [["put", "a"], "alist: missing required argument 'remote-path'\n"],
    [["stst", "/a"], "alist: unknown command 'stst'\n(Did you mean stat?)\n"],
    [
      ["--timeout", "soon", "stat", "/a"],
      "alist: option '--timeout <seconds>' argument 'soon' is invalid. expected a number of seconds (0 = no limit)\n",
    ],
    [
      ["-H", "X-Api-Key secret-value", "--token", "t", "--server", "http://127.0.0.1:1", "stat", "/a"],
      'alist: stat /a: -H/--header must look like "Name: value" (header 1 does not)\n',
    ],
    [
      ["login", "--username", "u", "--password-stdin"],
      "alist: login: login needs a server: pass --server URL or set ALIST_URL\n",
    ],
  ])("%j", async (args, line) => {
    const result = await runCli(sandbox, args);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(line);
    expect(result.stdout).toBe("");
  });

  it("with --json a usage error is also a JSON document on stdout", async () => {
    const result = await runCli(sandbox, ["--json", "stat"]);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.stdout)).toEqual({
      error: { kind: "usage", message: "missing required argument 'remote-path'" },
    });
  });

  it("no command prints the help on stderr", async () => {
    const result = await runCli(sandbox, []);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Usage: alist [options] [command]");
  });

  it.each([
    ["", "alist: login: the password is empty\n"],
    [undefined, "alist: login: no password: pass --password-stdin and write it to stdin, or set ALIST_PASSWORD\n"],
  ])("login without a usable password (stdin %j)", async (input, line) => {
    const args = ["--server", "http://127.0.0.1:1", "login", "--username", "admin"];
    const result = await runCli(sandbox, input === undefined ? args : [...args, "--password-stdin"], {
      input: input ?? "",
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(line);
  });
});

describe("Ctrl-C", () => {
  it("cancels an upload cleanly: exit 130 within a second, and says the remote file may be incomplete", async () => {
    const slow = await byteSink({ chunkDelayMs: 20 });
    try {
      const path = join(sandbox.dir, "medium.bin");
      await writeFile(path, Buffer.alloc(64 * 1024 * 1024, 1));
      const { child, done } = startCli(sandbox, ["--server", slow.url, "--token", "t", "put", path, "/a/"]);
      while (slow.progress.bytes === 0) await new Promise((resolve) => setTimeout(resolve, 20));
      const sent = performance.now();
      child.kill("SIGINT");
      const result = await done;
      expect(performance.now() - sent).toBeLessThan(1000);
      expect(result.code).toBe(130);
      expect(result.stderr).toBe(`alist: put ${path}: interrupted; the remote file may be incomplete\n`);
      expect(slow.received).toHaveLength(0);
    } finally {
      await slow.close();
    }
  });
});

describe("no stack traces", () => {
  it("unless --verbose", async () => {
    const url = await freePortUrl();
    const quiet = await runCli(sandbox, ["--server", url, "--token", "t", "stat", "/a"]);
    noStack(quiet.stderr);
    const verbose = await runCli(sandbox, ["--server", url, "--token", "t", "--verbose", "stat", "/a"]);
    expect(verbose.code).toBe(1);
    expect(verbose.stderr).toMatch(/AlistNetworkError: fsGet: .*connection refused\n\s+at /);
  });
});
