/**
 * `alist get` against a local stand-in for AList: fs/get names the file and its sign, `/d`
 * redirects to the storage, which sends the bytes. The file arrives intact, an existing file
 * is kept unless --force, and a failed or interrupted download leaves no file behind.
 */
import { createHash, randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { fsObject, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeSandbox, runCli, type Sandbox, startCli } from "./support/cli.js";

const BYTES = randomBytes(5 * 1024 * 1024 + 3);
const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

/** How the storage sends the bytes this time. */
let storageAnswer: (res: ServerResponse) => void;
const whole = (res: ServerResponse) => {
  res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": BYTES.length });
  res.end(BYTES);
};
let storageHits = 0;

let sandbox: Sandbox;
let server: Awaited<ReturnType<typeof listen>>;
const authorizations: Array<string | undefined> = [];

beforeAll(async () => {
  sandbox = await makeSandbox();
  server = await listen((req, res) => {
    req.resume();
    authorizations.push(req.headers.authorization);
    const url = req.url ?? "";
    if (url === "/api/fs/get") {
      res.setHeader("Content-Type", "application/json");
      const file = { ...fsObject("Big Buck Bunny.mkv", BYTES.length, false), sign: "sig=:0" };
      return res.end(JSON.stringify({ code: 200, message: "success", data: file }));
    }
    if (url === `/d/local/Movies/Big%20Buck%20Bunny.mkv?sign=${encodeURIComponent("sig=:0")}`) {
      res.writeHead(302, { Location: "/storage/blob" });
      return res.end();
    }
    if (url === "/storage/blob") {
      storageHits += 1;
      return storageAnswer(res);
    }
    res.writeHead(404, { "Content-Type": "text/plain" });
    res.end("404 page not found");
  });
});
afterAll(async () => {
  await server.close();
  await sandbox.remove();
});
beforeEach(() => {
  storageAnswer = whole;
  storageHits = 0;
  authorizations.length = 0;
});

const REMOTE = "/local/Movies/Big Buck Bunny.mkv";
const get = (args: string[], cwd: string) =>
  runCli(sandbox, ["--server", server.url, "--token", "get-token", "get", ...args], { cwd });

/** A fresh, empty working folder. */
async function workdir(name: string): Promise<string> {
  const dir = join(sandbox.dir, name);
  await mkdir(dir, { recursive: true });
  return dir;
}

describe("alist get", () => {
  it("streams the file under its own name: bytes intact, no token beyond fs/get, no temp file left", async () => {
    const dir = await workdir("plain");
    const result = await get([REMOTE], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^downloaded ${REMOTE} -> Big Buck Bunny\\.mkv: 5\\.0 MiB \\(${BYTES.length} bytes\\) in `),
    );
    expect(await readdir(dir)).toEqual(["Big Buck Bunny.mkv"]);
    expect(sha(await readFile(join(dir, "Big Buck Bunny.mkv")))).toBe(sha(BYTES));
    expect(authorizations).toEqual(["get-token", undefined, undefined]);
  });

  it("into a folder, and to a chosen name, with --json", async () => {
    const dir = await workdir("named");
    await mkdir(join(dir, "into"));
    const intoFolder = await get([REMOTE, "into"], dir);
    expect(intoFolder.code).toBe(0);
    expect(existsSync(join(dir, "into", "Big Buck Bunny.mkv"))).toBe(true);
    const named = await get(["--json", REMOTE, "movie.mkv"], dir);
    expect(named.code).toBe(0);
    expect(JSON.parse(named.stdout)).toEqual({
      remote: REMOTE,
      local: "movie.mkv",
      size: BYTES.length,
      seconds: expect.any(Number),
    });
  });

  it("keeps an existing file (exit 4, nothing fetched) unless --force", async () => {
    const dir = await workdir("existing");
    await writeFile(join(dir, "Big Buck Bunny.mkv"), "mine");
    const refused = await get([REMOTE], dir);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(
      `alist: get ${REMOTE}: Big Buck Bunny.mkv: already exists (pass --force to replace it)\n`,
    );
    expect(authorizations).toEqual([]);
    expect(await readFile(join(dir, "Big Buck Bunny.mkv"), "utf8")).toBe("mine");
    const forced = await get(["--force", REMOTE], dir);
    expect(forced.code).toBe(0);
    expect(sha(await readFile(join(dir, "Big Buck Bunny.mkv")))).toBe(sha(BYTES));
  });

  it("keeps a dangling symbolic link in the way (exit 4, nothing fetched) unless --force, which replaces the link", async () => {
    const dir = await workdir("dangling");
    await symlink(join(dir, "nowhere", "target.mkv"), join(dir, "Big Buck Bunny.mkv"));
    const refused = await get([REMOTE], dir);
    expect(refused.code).toBe(4);
    expect(refused.stderr).toBe(
      `alist: get ${REMOTE}: Big Buck Bunny.mkv: already exists (pass --force to replace it)\n`,
    );
    expect(authorizations).toEqual([]);
    expect((await lstat(join(dir, "Big Buck Bunny.mkv"))).isSymbolicLink()).toBe(true);
    const forced = await get(["--force", REMOTE], dir);
    expect(forced.code).toBe(0);
    // The link itself is replaced; nothing is written where it pointed.
    expect((await lstat(join(dir, "Big Buck Bunny.mkv"))).isFile()).toBe(true);
    expect(existsSync(join(dir, "nowhere"))).toBe(false);
  });

  it("a connection cut short: exit 1, and no file (nor temp file) is left", async () => {
    const dir = await workdir("cut");
    storageAnswer = (res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": BYTES.length });
      res.write(BYTES.subarray(0, 1024 * 1024), () => res.destroy());
    };
    const result = await get([REMOTE], dir);
    expect(result.code).toBe(1);
    // The reset may beat the last bytes written before it.
    expect(result.stderr).toMatch(
      new RegExp(
        `^alist: get ${REMOTE}: the download failed: the connection closed after \\d+ of ${BYTES.length} bytes\n$`,
      ),
    );
    expect(await readdir(dir)).toEqual([]);
  });

  it("an error page instead of the file: exit 1, no file", async () => {
    const dir = await workdir("error-page");
    storageAnswer = (res) => {
      res.writeHead(403, { "Content-Type": "text/html" });
      res.end("<html>Forbidden</html>");
    };
    const result = await get([REMOTE], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`alist: get ${REMOTE}: the download failed: HTTP 403 instead of the file\n`);
    expect(await readdir(dir)).toEqual([]);
  });

  it.each([
    ["SIGINT", 130, "interrupted"],
    ["SIGTERM", 143, "stopped by SIGTERM"],
    ["SIGHUP", 129, "stopped by SIGHUP"],
  ] as const)(
    "%s mid-download: exit %i within a second, and the partial file is removed",
    async (signal, code, said) => {
      const dir = await workdir(`interrupted-${signal}`);
      storageAnswer = (res) => {
        res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": BYTES.length });
        res.write(BYTES.subarray(0, 256 * 1024));
      };
      const { child, done } = startCli(sandbox, ["--server", server.url, "--token", "t", "get", REMOTE], { cwd: dir });
      while (storageHits === 0 || (await readdir(dir)).length === 0) await new Promise((r) => setTimeout(r, 20));
      expect((await readdir(dir))[0]).toMatch(/^\.Big Buck Bunny\.mkv\.[0-9a-f]{12}\.part$/);
      const sent = performance.now();
      child.kill(signal);
      const result = await done;
      expect(performance.now() - sent).toBeLessThan(1000);
      expect(result.code).toBe(code);
      expect(result.stderr).toBe(`alist: get ${REMOTE}: ${said}; nothing was written to Big Buck Bunny.mkv\n`);
      expect(await readdir(dir)).toEqual([]);
    },
  );
});
