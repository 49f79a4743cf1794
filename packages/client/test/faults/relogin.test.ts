/** One automatic re-login when the server has forgotten the token (e.g. after a restart). */

import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { faultServer } from "@alist-toolkit/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { AlistError, createAlistClient } from "../../src/index.js";

let server: Awaited<ReturnType<typeof faultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * A server that issues token-1, token-2, ... at each login and accepts only the newest; the
 * first `forget` non-login requests are answered as if it had restarted.
 */
async function restartingServer(forget: number, message = "token is invalidated") {
  let issued = 0;
  let forgotten = 0;
  server = await faultServer((req) => {
    if (req.url?.startsWith("/api/auth/login")) return { kind: "ok", data: { token: `token-${++issued}` } };
    if (forgotten < forget || req.headers.authorization !== `token-${issued}`) {
      forgotten++;
      return { kind: "code", code: 401, message };
    }
    return req.url === "/api/fs/put" ? { kind: "ok", data: null } : { kind: "ok", data: { name: "a.txt" } };
  });
  return server;
}

describe("re-login on a dead token", () => {
  it.each(["token is invalidated", "token is expired"])(
    "'%s': logs in again once and repeats the call",
    async (message) => {
      const { url, seen } = await restartingServer(1, message);
      const client = createAlistClient({ baseUrl: url });
      await client.login({ username: "admin", password: "pw" });
      await expect(client.fsGet({ path: "/a.txt" })).resolves.toMatchObject({ name: "a.txt" });
      expect(client.token).toBe("token-2");
      expect(seen.map((r) => r.path)).toEqual([
        "/api/auth/login/hash",
        "/api/fs/get",
        "/api/auth/login/hash",
        "/api/fs/get",
      ]);
    },
  );

  it("only once: a second 401 surfaces", async () => {
    const { url, seen } = await restartingServer(2);
    const client = createAlistClient({ baseUrl: url });
    await client.login({ username: "admin", password: "pw" });
    const failure = await client.fsGet({ path: "/a.txt" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.code).toBe(401);
    expect(seen).toHaveLength(4);
  });

  it("not without credentials: a token given up front just fails", async () => {
    const { url, seen } = await restartingServer(1);
    const client = createAlistClient({ baseUrl: url, token: "saved" });
    await expect(client.fsGet({ path: "/a.txt" })).rejects.toThrow(/token is invalidated/);
    expect(seen).toHaveLength(1);
  });

  it("not when turned off", async () => {
    const { url } = await restartingServer(1);
    const client = createAlistClient({ baseUrl: url, relogin: false });
    await client.login({ username: "admin", password: "pw" });
    await expect(client.fsGet({ path: "/a.txt" })).rejects.toThrow(/token is invalidated/);
  });

  it("concurrent calls share one login", async () => {
    const { url, seen } = await restartingServer(3);
    const client = createAlistClient({ baseUrl: url });
    await client.login({ username: "admin", password: "pw" });
    await Promise.all([client.fsGet({ path: "/a" }), client.fsGet({ path: "/b" }), client.fsGet({ path: "/c" })]);
    expect(seen.filter((r) => r.path.startsWith("/api/auth/login"))).toHaveLength(2);
  });

  it("a file upload is sent again after the re-login", async () => {
    const dir = await mkdtemp(join(tmpdir(), "relogin-"));
    try {
      const path = join(dir, "a.txt");
      await writeFile(path, "hello");
      const { url, seen } = await restartingServer(1);
      const client = createAlistClient({ baseUrl: url });
      await client.login({ username: "admin", password: "pw" });
      await expect(client.upload(path, "/a.txt")).resolves.toEqual({ size: 5 });
      const puts = seen.filter((r) => r.path === "/api/fs/put");
      expect(puts.map((r) => r.bytes)).toEqual([5, 5]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("a stream upload cannot be replayed: it fails clearly instead", async () => {
    const { url, seen } = await restartingServer(1);
    const client = createAlistClient({ baseUrl: url });
    await client.login({ username: "admin", password: "pw" });
    const failure = await client.upload(Readable.from([Buffer.from("hello")]), "/a.txt", { size: 5 }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.message).toBe("fsPut: token is invalidated (code 401); the upload stream cannot be sent again");
    expect(seen.filter((r) => r.path === "/api/fs/put")).toHaveLength(1);
  });
});
