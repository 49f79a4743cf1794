/** Bounded retries with backoff: reads only, on network errors and "Loading storage". */

import { Readable } from "node:stream";
import { type Fault, faultServer } from "@alist-toolkit/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { AlistError, AlistNetworkError, createAlistClient } from "../../src/index.js";
import { backoffDelay, DEFAULT_RETRY } from "../../src/resilience.js";

let server: Awaited<ReturnType<typeof faultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const found: Fault = { kind: "ok", data: { name: "a.txt", size: 1 } };
const fast = { retries: 2, baseDelayMs: 5, maxDelayMs: 20 };

async function serving(faults: Fault[]) {
  server = await faultServer((_req, index) => faults[Math.min(index, faults.length - 1)] as Fault);
  return server;
}

describe("retries", () => {
  it("a read hit by 'Loading storage' is tried again and succeeds", async () => {
    const { url, seen } = await serving([{ kind: "loading" }, { kind: "loading" }, found]);
    const client = createAlistClient({ baseUrl: url, token: "t", retry: fast });
    await expect(client.fsGet({ path: "/a.txt" })).resolves.toMatchObject({ name: "a.txt" });
    expect(seen).toHaveLength(3);
  });

  it("a read hit by a dropped connection is tried again", async () => {
    const { url, seen } = await serving([{ kind: "close" }, found]);
    const client = createAlistClient({ baseUrl: url, token: "t", retry: fast });
    await expect(client.fsGet({ path: "/a.txt" })).resolves.toMatchObject({ size: 1 });
    expect(seen).toHaveLength(2);
  });

  it("retries are bounded: the last failure surfaces after 1 + retries attempts", async () => {
    const { url, seen } = await serving([{ kind: "close" }]);
    const client = createAlistClient({ baseUrl: url, token: "t", retry: fast });
    await expect(client.fsGet({ path: "/a.txt" })).rejects.toBeInstanceOf(AlistNetworkError);
    expect(seen).toHaveLength(3);
  });

  it("other errors are not retried", async () => {
    const { url, seen } = await serving([{ kind: "code", code: 500 }, found]);
    const client = createAlistClient({ baseUrl: url, token: "t", retry: fast });
    await expect(client.fsGet({ path: "/a.txt" })).rejects.toBeInstanceOf(AlistError);
    expect(seen).toHaveLength(1);
  });

  it("writes are never retried: an upload hit by 'Loading storage' fails at once", async () => {
    const { url, seen } = await serving([{ kind: "loading" }, { kind: "ok", data: null }]);
    const client = createAlistClient({ baseUrl: url, token: "t", retry: fast });
    await expect(client.upload(Readable.from([Buffer.from("x")]), "/x", { size: 1 })).rejects.toThrow(
      /Loading storage/,
    );
    expect(seen).toHaveLength(1);
  });

  it("login is never retried", async () => {
    const { url, seen } = await serving([{ kind: "loading" }, { kind: "ok", data: { token: "t" } }]);
    const client = createAlistClient({ baseUrl: url, retry: fast });
    await expect(client.login({ username: "u", password: "p" })).rejects.toThrow(/Loading storage/);
    expect(seen).toHaveLength(1);
  });

  it("retry: false turns retries off", async () => {
    const { url, seen } = await serving([{ kind: "loading" }, found]);
    const client = createAlistClient({ baseUrl: url, token: "t", retry: false });
    await expect(client.fsGet({ path: "/a.txt" })).rejects.toThrow(/Loading storage/);
    expect(seen).toHaveLength(1);
  });

  it("backoff grows exponentially under a cap, with jitter below the ceiling", () => {
    const top = () => 0.999999;
    expect(backoffDelay(0, DEFAULT_RETRY, top)).toBe(249);
    expect(backoffDelay(1, DEFAULT_RETRY, top)).toBe(499);
    expect(backoffDelay(10, DEFAULT_RETRY, top)).toBe(1999);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 0)).toBe(0);
  });
});
