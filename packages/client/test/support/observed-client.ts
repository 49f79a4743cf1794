/**
 * A client on the production transport (no `fetch` option) against a loopback server that
 * records each request as it arrived and answers with what the test's function returns.
 * The server closes when the test ends.
 */
import type { IncomingHttpHeaders } from "node:http";
import { listen } from "@alist-toolkit/testkit";
import { onTestFinished } from "vitest";
import { type AlistClient, type AlistClientOptions, createAlistClient } from "../../src/index.js";

export interface SeenRequest {
  method: string;
  url: URL;
  /** As the server received them (lower-case names). */
  headers: IncomingHttpHeaders;
  /** The body as received. */
  bytes: Buffer;
  /** The body as text ("" when empty). */
  text: string;
  /** The body parsed as JSON; undefined when empty or not JSON. */
  body: unknown;
  /** The client's end of the connection: the same port means a reused connection. */
  remotePort: number | undefined;
}

/** An answer other than a JSON 200: any status, headers and raw body (for hostile cases). */
export class RawAnswer {
  constructor(
    readonly status: number,
    readonly headers: Record<string, string> = {},
    readonly body = "",
  ) {}
}

/** The success envelope around `data`. */
export const ok = (data: unknown) => ({ code: 200, message: "success", data });

/** Test options: the client's, with the server's URL filled in; `basePath` is appended to it. */
export type ObservedOptions = Omit<Partial<AlistClientOptions>, "baseUrl" | "fetch"> & { basePath?: string };

/**
 * `answer` returns an envelope (sent as JSON 200) or a RawAnswer; it may be async. The client
 * gets the token "test-token" unless `options` names a token (undefined for none).
 */
export async function observedClient(
  answer: (request: SeenRequest) => unknown,
  { basePath = "", ...options }: ObservedOptions = {},
) {
  const seen: SeenRequest[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", async () => {
      const bytes = Buffer.concat(chunks);
      const text = bytes.toString("utf8");
      const request: SeenRequest = {
        method: req.method ?? "",
        url: new URL(req.url ?? "/", "http://127.0.0.1"),
        headers: req.headers,
        bytes,
        text,
        body: parseJson(text),
        remotePort: req.socket.remotePort,
      };
      seen.push(request);
      // A throwing answer becomes a 500 that names it, rather than a hung request.
      const reply = await Promise.resolve()
        .then(() => answer(request))
        .catch((error: unknown) => new RawAnswer(500, { "Content-Type": "text/plain" }, `answer threw: ${error}`));
      if (reply instanceof RawAnswer) {
        res.writeHead(reply.status, reply.headers);
        res.end(reply.body);
      } else {
        res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
        res.end(JSON.stringify(reply));
      }
    });
  });
  onTestFinished(() => server.close());
  const client: AlistClient = createAlistClient({
    token: "test-token",
    ...options,
    baseUrl: `${server.url}${basePath}`,
  });
  return { client, seen, url: server.url };
}

function parseJson(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
