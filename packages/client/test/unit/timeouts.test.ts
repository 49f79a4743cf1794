import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistNetworkError, AlistTimeoutError, createAlistClient } from "../../src/index.js";
import { freePortUrl, type Listening, listen } from "../support/servers.js";

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
    expect(failure.message).not.toContain("secret-token-123");
  });
});
