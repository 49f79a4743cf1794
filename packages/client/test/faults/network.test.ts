import { Readable } from "node:stream";
import { faultServer, freePortUrl, type Listening, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistNetworkError, AlistTimeoutError, createAlistClient } from "../../src/index.js";

let silent: Listening;
beforeAll(async () => {
  // Accepts the request and never answers.
  silent = await listen(() => {});
});
afterAll(() => silent.close());

describe("timeouts, cancellation and unreachable servers", () => {
  it("the default timeout can be lowered per client", async () => {
    const client = createAlistClient({ baseUrl: silent.url, token: "t", timeoutMs: 200 });
    const started = Date.now();
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistTimeoutError);
    expect(failure.message).toBe("fsGet: no answer within 200 ms");
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("and per call", async () => {
    const client = createAlistClient({ baseUrl: silent.url, token: "t", timeoutMs: 60_000 });
    const failure = await client.fsGet({ path: "/" }, { timeoutMs: 150 }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistTimeoutError);
    expect(failure.timeoutMs).toBe(150);
  });

  it("an AbortSignal cancels a call with the signal's reason", async () => {
    const client = createAlistClient({ baseUrl: silent.url, token: "t" });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user cancelled")), 100);
    await expect(client.fsGet({ path: "/" }, { signal: controller.signal })).rejects.toThrow("user cancelled");
  });

  it("connection refused is a network error naming the server, not the token", async () => {
    const client = createAlistClient({ baseUrl: await freePortUrl(), token: "secret-token-123" });
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistNetworkError);
    expect(failure.message).toMatch(/connection refused/);
    // The reason alone, for front ends that name the server themselves.
    expect(failure.reason).toBe("connection refused");
    expect(failure.message).not.toContain("secret-token-123");
  });
});

describe("connections that break during an upload", () => {
  it("a reset mid-upload is a network error, never a success", async () => {
    const server = await faultServer(() => ({ kind: "reset", afterBytes: 256 * 1024 }));
    try {
      const client = createAlistClient({ baseUrl: server.url, token: "t" });
      const body = Readable.from(
        (function* () {
          for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, i);
        })(),
      );
      const failure = await client.upload(body, "/big.bin", { size: 64 * 64 * 1024 }).catch((e) => e);
      expect(failure).toBeInstanceOf(AlistNetworkError);
      expect(failure.message).toMatch(/^fsPut: http:\/\/127\.0\.0\.1:\d+: /);
    } finally {
      await server.close();
    }
  });

  it("a server that closes before reading the body is a network error", async () => {
    const server = await faultServer(() => ({ kind: "close" }));
    try {
      const client = createAlistClient({ baseUrl: server.url, token: "t" });
      const failure = await client
        .upload(Readable.from([Buffer.alloc(1024 * 1024)]), "/a.bin", { size: 1024 * 1024 })
        .catch((e) => e);
      expect(failure).toBeInstanceOf(AlistNetworkError);
    } finally {
      await server.close();
    }
  });

  it("a slow answer past the upload's timeout is a timeout error", async () => {
    const server = await faultServer(() => ({ kind: "slow", ms: 5_000, answer: { kind: "ok", data: null } }));
    try {
      const client = createAlistClient({ baseUrl: server.url, token: "t" });
      const failure = await client
        .upload(Readable.from([Buffer.from("x")]), "/a.bin", { size: 1, timeoutMs: 200 })
        .catch((e) => e);
      expect(failure).toBeInstanceOf(AlistTimeoutError);
      expect(failure.message).toBe("fsPut: no answer within 200 ms");
    } finally {
      await server.close();
    }
  });
});
