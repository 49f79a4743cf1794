/** Serves a page and its script from 127.0.0.1, on another port than the mock: every call is cross-origin (CORS). */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface PageServer {
  url: string;
  stop(): Promise<void>;
}

export async function servePage(script: string): Promise<PageServer> {
  const server = createServer((request, response) => {
    if (request.url === "/smoke.js") {
      response.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8" });
      response.end(script);
    } else if (request.url === "/") {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end('<!doctype html><meta charset="utf-8"><title>smoke</title><script src="/smoke.js"></script>');
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
