/**
 * Downloads from hostile servers: a body shorter or longer than fs/get's size (no
 * Content-Length), a link that stalls, a redirect loop, a `file://` raw_url, a raw_url on
 * another host, and a 240-byte file name. Nothing half-written is ever left behind.
 */
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type HostileAttack, type HostileOptions, hostileFileBytes } from "@alist-toolkit/testkit";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type AlistClientOptions,
  AlistNetworkError,
  AlistProtocolError,
  AlistTimeoutError,
  DEFAULT_IDLE_TIMEOUT_MS,
} from "../../src/index.js";
import { hostileClient } from "../support/hostile-client.js";

const TOKEN = "tok-hostile-download";
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-hostile-get-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(async () => {
  for (const name of await readdir(dir)) await rm(join(dir, name), { force: true });
});

const start = (attack: HostileAttack, server: HostileOptions = {}, client: Partial<AlistClientOptions> = {}) =>
  hostileClient(attack, { server: { maxBytes: 64 * 1024 * 1024, ...server }, client: { token: TOKEN, ...client } });

describe("the size fs/get reported is the size required", () => {
  it("a body that ends after 5 of 1,000,000 bytes (no Content-Length) fails and saves nothing", async () => {
    const { client } = await start("short-body");
    const failure = client.download("/movie.mkv", join(dir, "movie.mkv"));
    await expect(failure).rejects.toBeInstanceOf(AlistNetworkError);
    await expect(failure).rejects.toThrow("download: received 5 bytes, but fs/get reported 1000000");
    expect(await readdir(dir)).toEqual([]);
  });

  it("an endless body stops one chunk past the size and fails, saving nothing", async () => {
    const { server, client } = await start("endless-body");
    const failure = client.download("/movie.mkv", join(dir, "movie.mkv"));
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(
      "the server sent more than the 1000000 bytes fs/get reported; stopped reading",
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sent.bytes).toBeLessThan(16 * 1024 * 1024);
    expect(await readdir(dir)).toEqual([]);
  });

  it("an honest body of exactly the size is saved", async () => {
    const { client } = await start("honest", { size: 300_000 });
    const target = join(dir, "ok.bin");
    await expect(client.download("/ok.bin", target)).resolves.toEqual({ size: 300_000 });
    expect((await readFile(target)).equals(hostileFileBytes(300_000))).toBe(true);
  });
});

describe("the idle timeout", () => {
  it("defaults to 60 s", () => {
    expect(DEFAULT_IDLE_TIMEOUT_MS).toBe(60_000);
  });

  it("a link that sends its head and stalls fails after the call's idle timeout", async () => {
    const { client } = await start("stalled-body");
    const started = Date.now();
    const failure = client.download("/a.bin", join(dir, "a.bin"), { idleTimeoutMs: 300 });
    await expect(failure).rejects.toBeInstanceOf(AlistTimeoutError);
    await expect(failure).rejects.toMatchObject({ idle: true, timeoutMs: 300 });
    await expect(failure).rejects.toThrow("download: no data moved for 300 ms");
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await readdir(dir)).toEqual([]);
  });

  it("a link that never answers fails after the client's idle timeout", async () => {
    const { client } = await start("stalled-head", {}, { idleTimeoutMs: 300 });
    await expect(client.download("/a.bin", join(dir, "a.bin"))).rejects.toThrow("download: no data moved for 300 ms");
  });
});

describe("links that lead elsewhere", () => {
  it("a redirect loop ends after 5 redirects", async () => {
    const { server, client } = await start("redirect-loop");
    await expect(client.download("/a.bin", join(dir, "a.bin"))).rejects.toThrow("more than 5 redirects");
    expect(server.seen.filter((seen) => seen.path.startsWith("/raw/"))).toHaveLength(6);
  });

  it("a file:// raw_url is a clear protocol error", async () => {
    const { client } = await start("file-raw-url");
    const failure = client.download("/a.bin", join(dir, "a.bin"));
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow("the file's link is a file: link, not http(s)");
    await expect(failure).rejects.not.toThrow(/null|Protocol "file:"/);
  });

  it("a raw_url on another host gets the file but never the token or the client's headers", async () => {
    const { server, client } = await start("foreign-raw-url", { size: 1000 }, { headers: { "X-Proxy": "p" } });
    await client.download("/a.bin", join(dir, "a.bin"));
    expect(server.seen[0]?.headers.authorization).toBe(TOKEN);
    expect(server.foreign?.seen).toHaveLength(1);
    const foreignHeaders = server.foreign?.seen[0]?.headers ?? {};
    expect(foreignHeaders.authorization).toBeUndefined();
    expect(foreignHeaders["x-proxy"]).toBeUndefined();
    expect(JSON.stringify(foreignHeaders)).not.toContain(TOKEN);
  });
});

describe("long names", () => {
  it("a 240-byte name downloads: the temp file's name stays within 255 bytes", async () => {
    const { client } = await start("honest", { size: 1000 });
    const name = `${"é".repeat(118)}.bin`; // 236 + 4 bytes
    expect(Buffer.byteLength(name)).toBe(240);
    const target = join(dir, name);
    await expect(client.download(`/${name}`, target)).resolves.toEqual({ size: 1000 });
    expect(await readdir(dir)).toEqual([name]);
  });
});

describe("tempPathFor", () => {
  it("keeps every temp name within 255 bytes, cut on a character boundary", async () => {
    const { tempPathFor } = await import("../../src/api/download.js");
    for (const name of ["a.bin", "x".repeat(255), `${"é".repeat(127)}x`, `${"😀".repeat(63)}abc`]) {
      const temp = tempPathFor(join("/some/dir", name), "0123456789ab");
      const tempName = temp.slice("/some/dir/".length);
      expect(Buffer.byteLength(tempName)).toBeLessThanOrEqual(255);
      expect(tempName).toMatch(/^\..*\.0123456789ab\.part$/);
      expect(tempName).not.toContain("\uFFFD");
    }
    expect(tempPathFor("/d/a.bin", "0123456789ab")).toBe("/d/.a.bin.0123456789ab.part");
  });
});
