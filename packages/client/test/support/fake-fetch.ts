/** A `fetch` for createAlistClient that answers from a function: unit tests without a server. */
import { type AlistClient, createAlistClient } from "../../src/index.js";

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  /** The parsed JSON body, if any. */
  body: unknown;
}

/** The success envelope around `data`. */
export const ok = (data: unknown) => ({ code: 200, message: "success", data });

/** A client whose every request is answered with the envelope `answer` returns (or throws). */
export function fakeServer(answer: (request: SeenRequest) => unknown, token = "test-token") {
  const seen: SeenRequest[] = [];
  const client: AlistClient = createAlistClient({
    baseUrl: "http://127.0.0.1:5244",
    token,
    async fetch(input) {
      const text = await input.text();
      const request = {
        method: input.method,
        url: new URL(input.url),
        headers: input.headers,
        body: text ? JSON.parse(text) : undefined,
      };
      seen.push(request);
      const envelope = await answer(request);
      return new Response(JSON.stringify(envelope), {
        status: 200,
        headers: { "Content-Type": "application/json; charset=utf-8" },
      });
    },
  });
  return { client, seen };
}
