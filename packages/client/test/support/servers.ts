/** Small local HTTP servers for tests: a byte sink and a server with a fixed answer. */
import { createHash } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  url: string;
  close(): Promise<void>;
}

export async function listen(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<Listening & { server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ReceivedUpload {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  bytes: number;
  sha256: string;
}

/** Accepts uploads like fs/put: hashes the body as it streams, then answers success. */
export async function byteSink() {
  const received: ReceivedUpload[] = [];
  const sink = await listen((req, res) => {
    const hash = createHash("sha256");
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
    });
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        bytes,
        sha256: hash.digest("hex"),
      });
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ code: 200, message: "success", data: null }));
    });
  });
  return { ...sink, received };
}

/** Go's url.PathUnescape: %XX decoded, `+` kept, a bad escape is an error. */
export function goPathUnescape(value: string): string {
  if (/%(?![0-9a-fA-F]{2})/.test(value)) throw new Error(`invalid URL escape in ${value}`);
  return decodeURIComponent(value);
}

/** A URL on 127.0.0.1 where nothing listens (the port was free a moment ago). */
export async function freePortUrl(): Promise<string> {
  const probe = await listen(() => {});
  await probe.close();
  return probe.url;
}
