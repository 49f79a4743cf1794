/**
 * Uploads against hostile and listening servers: a server that stops reading the body fails
 * the upload after the idle timeout, and a folder password goes as UTF-8 bytes, as the JSON
 * calls send it (the servers read the header's bytes as UTF-8).
 */
import { mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { byteSink, type HostileServer, hostileServer } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistTimeoutError, createAlistClient } from "../../src/index.js";
import { observedClient, ok } from "../support/observed-client.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-hostile-put-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the upload's idle timeout", () => {
  let server: HostileServer;
  let path: string;
  beforeAll(async () => {
    server = await hostileServer("stalled-upload");
    // Larger than the socket buffers on both sides, so the stall reaches the client.
    path = join(dir, "big.bin");
    const file = await open(path, "w");
    await file.truncate(64 * 1024 * 1024);
    await file.close();
  });
  afterAll(() => server.close());

  const calls = [
    ["upload", "fsPut"],
    ["uploadForm", "fsForm"],
  ] as const;

  it.each(calls)(
    "%s: a server that stops reading the body fails it after the idle timeout",
    { timeout: 15_000 },
    async (call, operation) => {
      const client = createAlistClient({ baseUrl: server.url, token: "tok" });
      const started = Date.now();
      const failure = client[call](path, "/big.bin", { idleTimeoutMs: 400 });
      await expect(failure).rejects.toBeInstanceOf(AlistTimeoutError);
      await expect(failure).rejects.toMatchObject({ idle: true, operation });
      await expect(failure).rejects.toThrow(`${operation}: no data moved for 400 ms`);
      expect(Date.now() - started).toBeLessThan(10_000);
    },
  );

  it.each(calls)("%s: the client-wide idleTimeoutMs applies too", { timeout: 15_000 }, async (call, operation) => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok", idleTimeoutMs: 300 });
    await expect(client[call](path, "/big.bin")).rejects.toThrow(`${operation}: no data moved for 300 ms`);
  });
});

describe("the wait for the answer after the last byte is not idle time", () => {
  it.each(["upload", "uploadForm"] as const)(
    "%s: a server that stores for 3x the idle timeout succeeds",
    async (call) => {
      const path = join(dir, "stored.txt");
      await writeFile(path, "stored slowly");
      const storing = async () => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return ok(null);
      };
      const { client, seen } = await observedClient(storing, { idleTimeoutMs: 500 });
      await expect(client[call](path, "/stored.txt")).resolves.toMatchObject({ size: 13 });
      expect(seen).toHaveLength(1);
      expect(seen[0]?.text).toContain("stored slowly");
    },
  );
});

describe("the folder password header", () => {
  let sink: Awaited<ReturnType<typeof byteSink>>;
  beforeAll(async () => {
    sink = await byteSink();
  });
  afterAll(() => sink.close());

  it.each(["café", "пароль", "密码 🔒", "plain-ascii"])("%s arrives as its UTF-8 bytes", async (password) => {
    const path = join(dir, "small.txt");
    await writeFile(path, "hi");
    const client = createAlistClient({ baseUrl: sink.url, token: "tok" });
    await client.upload(path, "/locked/small.txt", { password });
    // node:http hands header bytes over as Latin-1; the servers read the same bytes as UTF-8.
    const received = String(sink.received.at(-1)?.headers.password);
    expect(Buffer.from(received, "latin1").equals(Buffer.from(password, "utf8"))).toBe(true);
  });
});
