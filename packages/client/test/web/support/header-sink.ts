/** A 127.0.0.1 server that answers fs/put as AList does (with CORS) and keeps each PUT's headers and body size. */
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";

export interface HeaderSink {
  url: string;
  puts: { headers: IncomingHttpHeaders; bytes: number }[];
  stop(): Promise<void>;
}

export async function startHeaderSink(): Promise<HeaderSink> {
  const puts: HeaderSink["puts"] = [];
  const server = createServer((request, response) => {
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (request.method === "OPTIONS") {
      response.writeHead(204, {
        "Access-Control-Allow-Methods": "*",
        "Access-Control-Allow-Headers": request.headers["access-control-request-headers"] ?? "*",
      });
      response.end();
      return;
    }
    let bytes = 0;
    request.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
    });
    request.on("end", () => {
      puts.push({ headers: request.headers, bytes });
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
      response.end(JSON.stringify({ code: 200, message: "success", data: null }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    puts,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
