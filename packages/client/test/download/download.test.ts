/**
 * download() against local servers: the bytes arrive intact through the redirect `/d` answers
 * with, the token never leaves, and every failure (an error page, the server's refusal sent
 * as JSON, a connection cut short, an abort) leaves neither the target nor a temp file.
 */
import { createHash, randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePortUrl, fsObject, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  AlistError,
  AlistInputError,
  AlistNetworkError,
  AlistProtocolError,
  createAlistClient,
  LocalFileError,
} from "../../src/index.js";

const TOKEN = "tok-download-secret";
const BYTES = randomBytes(3 * 1024 * 1024 + 17);
const sha = (data: Buffer) => createHash("sha256").update(data).digest("hex");

interface Seen {
  url: string;
  headers: IncomingHttpHeaders;
}

type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A server whose routes the tests set; it records every request. */
async function routedServer() {
  const seen: Seen[] = [];
  const routes = new Map<string, Route>();
  const server = await listen((req, res) => {
    seen.push({ url: req.url ?? "", headers: req.headers });
    const route = routes.get((req.url ?? "").split("?")[0] ?? "");
    req.resume();
    if (route) route(req, res);
    else {
      res.writeHead(404, { "Content-Type": "text/html" });
      res.end("<html><body>404 page not found</body></html>");
    }
  });
  return { ...server, seen, routes };
}

const sendFile: Route = (_req, res) => {
  res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": BYTES.length });
  res.end(BYTES);
};

const envelope = (data: unknown) => JSON.stringify({ code: 200, message: "success", data });

let dir: string;
let alist: Awaited<ReturnType<typeof routedServer>>;
let storage: Awaited<ReturnType<typeof routedServer>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-download-"));
  [alist, storage] = await Promise.all([routedServer(), routedServer()]);
});
afterAll(async () => {
  await Promise.all([alist.close(), storage.close()]);
  await rm(dir, { recursive: true, force: true });
});
beforeEach(() => {
  alist.seen.length = 0;
  storage.seen.length = 0;
  alist.routes.clear();
  storage.routes.clear();
});

const client = () => createAlistClient({ baseUrl: alist.url, token: TOKEN, headers: { "X-Proxy-Auth": "proxy" } });

/** fs/get answers with this file object. */
function answerFsGet(object: Record<string, unknown>) {
  alist.routes.set("/api/fs/get", (_req, res) => {
    res.writeHead(200, { "Content-Type": "application/json" });
    res.end(envelope(object));
  });
}

/** The files in the download folder (the temp files start with a dot). */
const folderContents = async () => (await readdir(dir)).sort();

describe("download from a remote path", () => {
  it("follows /d's redirect to the storage: bytes intact, progress to the end, no token anywhere", async () => {
    answerFsGet({ ...fsObject("Big Buck Bunny.mkv", BYTES.length, false), sign: "s1gn+/=:0" });
    alist.routes.set("/d/local/Movies/Big%20Buck%20Bunny.mkv", (_req, res) => {
      res.writeHead(302, { Location: `${storage.url}/file/abc` });
      res.end();
    });
    storage.routes.set("/file/abc", sendFile);
    const target = join(dir, "movie.mkv");
    const progress: Array<{ received: number; total: number | undefined }> = [];
    const result = await client().download("/local/Movies/Big Buck Bunny.mkv", target, {
      onProgress: (p) => progress.push(p),
    });
    expect(result).toEqual({ size: BYTES.length });
    expect(sha(await readFile(target))).toBe(sha(BYTES));
    expect(progress.at(-1)).toEqual({ received: BYTES.length, total: BYTES.length });
    expect(progress.length).toBeGreaterThan(3);
    const [get, d] = alist.seen;
    expect(get?.url).toBe("/api/fs/get");
    expect(get?.headers.authorization).toBe(TOKEN);
    expect(d?.url).toBe(`/d/local/Movies/Big%20Buck%20Bunny.mkv?sign=${encodeURIComponent("s1gn+/=:0")}`);
    // The server's extra headers go to the server only; the token goes to neither.
    expect(d?.headers.authorization).toBeUndefined();
    expect(d?.headers["x-proxy-auth"]).toBe("proxy");
    expect(storage.seen[0]?.headers.authorization).toBeUndefined();
    expect(storage.seen[0]?.headers["x-proxy-auth"]).toBeUndefined();
    expect(await folderContents()).toEqual(["movie.mkv"]);
    await rm(target);
  });

  it("uses raw_url when fs/get gives one", async () => {
    answerFsGet({ ...fsObject("a.bin", BYTES.length, false), raw_url: `${storage.url}/p/a.bin?sign=x` });
    storage.routes.set("/p/a.bin", sendFile);
    const target = join(dir, "a.bin");
    await client().download("/local/a.bin", target);
    expect(storage.seen.map((seen) => seen.url)).toEqual(["/p/a.bin?sign=x"]);
    expect((await readFile(target)).equals(BYTES)).toBe(true);
    await rm(target);
  });

  it("a folder is refused before anything is fetched", async () => {
    answerFsGet(fsObject("Movies", 0, true));
    const failure = client().download("/local/Movies", join(dir, "Movies"));
    await expect(failure).rejects.toThrow(AlistInputError);
    await expect(failure).rejects.toThrow("/local/Movies is a folder, not a file");
    expect(alist.seen).toHaveLength(1);
  });
});

describe("the local file", () => {
  it("an existing file is kept unless overwrite: true", async () => {
    const target = join(dir, "kept.bin");
    await writeFile(target, "mine");
    storage.routes.set("/f", sendFile);
    const refused = client().download(`${storage.url}/f`, target);
    await expect(refused).rejects.toThrow(LocalFileError);
    await expect(refused).rejects.toThrow(`${target}: already exists`);
    expect(storage.seen).toHaveLength(0);
    expect(await readFile(target, "utf8")).toBe("mine");
    await client().download(`${storage.url}/f`, target, { overwrite: true });
    expect((await readFile(target)).equals(BYTES)).toBe(true);
    await rm(target);
  });

  it("a missing folder is a LocalFileError", async () => {
    storage.routes.set("/f", sendFile);
    const target = join(dir, "no-such-folder", "x.bin");
    const failure = client().download(`${storage.url}/f`, target);
    await expect(failure).rejects.toBeInstanceOf(LocalFileError);
    await expect(failure).rejects.toThrow(`${target}: its folder does not exist`);
  });
});

describe("answers that are not the file leave nothing behind", () => {
  const target = () => join(dir, "wanted.bin");

  it("HTTP 404 with an HTML page", async () => {
    const failure = client().download(`${storage.url}/missing`, target());
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow("HTTP 404 instead of the file");
    expect(await folderContents()).toEqual([]);
  });

  it("HTTP 200 with the server's refusal as JSON (a bad sign)", async () => {
    alist.routes.set("/d/a.bin", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
      res.end(JSON.stringify({ code: 401, message: "sign mismatch", data: null }));
    });
    const failure = client().download(`${alist.url}/d/a.bin?sign=bad`, target());
    await expect(failure).rejects.toBeInstanceOf(AlistError);
    await expect(failure).rejects.toMatchObject({ code: 401, serverMessage: "sign mismatch", operation: "download" });
    expect(await folderContents()).toEqual([]);
  });

  it("HTTP 200 with the web app's page instead of a .bin file", async () => {
    storage.routes.set("/app", (_req, res) => {
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      res.end("<!doctype html><title>AList</title>");
    });
    await expect(client().download(`${storage.url}/app`, target())).rejects.toThrow(/a web page instead of the file/);
    expect(await folderContents()).toEqual([]);
  });

  it("a storage link nothing answers at: a network error naming that host", async () => {
    const nowhere = await freePortUrl();
    const failure = client().download(`${nowhere}/file`, target());
    await expect(failure).rejects.toBeInstanceOf(AlistNetworkError);
    await expect(failure).rejects.toThrow(`download: ${nowhere}: connection refused`);
    expect(await folderContents()).toEqual([]);
  });

  it("more than 5 redirects", async () => {
    storage.routes.set("/loop", (_req, res) => {
      res.writeHead(302, { Location: "/loop" });
      res.end();
    });
    await expect(client().download(`${storage.url}/loop`, target())).rejects.toThrow("more than 5 redirects");
    expect(storage.seen).toHaveLength(6);
    expect(await folderContents()).toEqual([]);
  });

  it("a body shorter than its Content-Length", async () => {
    storage.routes.set("/short", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": 100_000 });
      res.write(BYTES.subarray(0, 40_000), () => res.destroy());
    });
    const failure = client().download(`${storage.url}/short`, target());
    await expect(failure).rejects.toBeInstanceOf(AlistNetworkError);
    // The reset may overtake the last bytes written before it.
    await expect(failure).rejects.toThrow(/the connection closed after \d+ of 100000 bytes/);
    expect(await folderContents()).toEqual([]);
  });

  it("an abort mid-way rejects with the signal's reason and removes the temp file", async () => {
    storage.routes.set("/slow", (_req, res) => {
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": BYTES.length });
      res.write(BYTES.subarray(0, 64 * 1024));
    });
    const controller = new AbortController();
    const reason = new Error("stop now");
    let duringDownload: string[] = [];
    const failure = client().download(`${storage.url}/slow`, target(), {
      signal: controller.signal,
      onProgress: ({ received }) => {
        if (received === 0 || controller.signal.aborted) return;
        duringDownload = readdirSync(dir);
        controller.abort(reason);
      },
    });
    await expect(failure).rejects.toBe(reason);
    expect(duringDownload).toEqual([expect.stringMatching(/^\.wanted\.bin\.[0-9a-f]{12}\.part$/)]);
    expect(await folderContents()).toEqual([]);
  });
});
