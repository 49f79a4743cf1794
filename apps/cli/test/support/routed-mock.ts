/**
 * A front for the shared Prism mock that picks the spec example per request. `-H "Prefer:
 * example=NAME"` names one example for every call of a command, but a command that makes
 * several calls (mkdir asks fs/get first, put -r lists, creates and uploads) needs each
 * operation's own example; the answers still come from the mock, validated against the spec.
 */
import { request } from "node:http";
import { type Listening, listen } from "@alist-toolkit/testkit";
import { inject } from "vitest";

/** `"POST /api/fs/get"` and the request body -> the example to ask the mock for (none: its default). */
export type ExampleChooser = (route: string, body: string) => string | undefined;

export interface RoutedRequest {
  route: string;
  /** The JSON body, parsed; for an upload, its File-Path header. */
  body: unknown;
}

export async function routedMock(choose: ExampleChooser): Promise<Listening & { requests: RoutedRequest[] }> {
  const target = new URL(inject("mockUrl"));
  const requests: RoutedRequest[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      const route = `${req.method} ${(req.url ?? "").split("?")[0]}`;
      let parsed: unknown;
      try {
        parsed = req.headers["content-type"]?.includes("json") ? JSON.parse(body.toString("utf8")) : undefined;
      } catch {
        parsed = undefined;
      }
      requests.push({ route, body: parsed ?? req.headers["file-path"] });
      const example = choose(route, body.toString("utf8"));
      const { prefer: _prefer, host: _host, ...headers } = req.headers;
      const upstream = request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: { ...headers, ...(example ? { prefer: `example=${example}` } : {}) },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.once("error", () => res.destroy());
      upstream.end(body);
    });
  });
  return { ...server, requests };
}
