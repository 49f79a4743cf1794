/**
 * The call timeout holds off the fast path too: with a caller's `fetch`, and with middleware on
 * `client.raw` (which may hand the transport a new Request without the client's own options).
 */
import { listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistTimeoutError, createAlistClient } from "../../src/index.js";

let silent: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  // Takes the request and never answers.
  silent = await listen(() => {});
});
afterAll(() => silent.close());

describe("timeouts off the fast path", () => {
  it("a caller's fetch that never answers is stopped by the timeout", async () => {
    // About the `fetch` option itself, so it keeps one instead of the production transport.
    const client = createAlistClient({
      baseUrl: "http://127.0.0.1:5244",
      timeoutMs: 100,
      retry: false,
      fetch: (request) =>
        new Promise<Response>((_resolve, reject) => {
          request.signal.addEventListener("abort", () => reject(request.signal.reason));
        }),
    });
    await expect(client.fsGet({ path: "/a" })).rejects.toBeInstanceOf(AlistTimeoutError);
  });

  it("with a middleware that replaces the Request, a silent server is stopped by the timeout", async () => {
    const client = createAlistClient({ baseUrl: silent.url, timeoutMs: 100, retry: false });
    client.raw.use({ onRequest: ({ request }) => new Request(request) });
    const failure = await client.fsGet({ path: "/a" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AlistTimeoutError);
    expect((failure as AlistTimeoutError).message).toBe("fsGet: no answer within 100 ms");
  });
});
