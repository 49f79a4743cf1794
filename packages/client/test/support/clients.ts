import { inject } from "vitest";
import { type AlistClient, createAlistClient } from "../../src/index.js";

/** A client against the shared Prism mock; `example` picks the answer with `Prefer`. */
export function mockClient(example?: string, token = "mock-token"): AlistClient {
  return createAlistClient({
    baseUrl: inject("mockUrl"),
    token,
    headers: example ? { Prefer: `example=${example}` } : {},
  });
}
