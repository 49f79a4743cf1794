import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface Listening {
  url: string;
  server: Server;
  close(): Promise<void>;
}

/** An HTTP server on a free 127.0.0.1 port. */
export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Listening> {
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

/** A URL on 127.0.0.1 where nothing listens (the port was free a moment ago). */
export async function freePortUrl(): Promise<string> {
  const probe = await listen(() => {});
  await probe.close();
  return probe.url;
}

/** Go's url.PathUnescape, as the servers decode File-Path: %XX decoded, `+` kept. */
export function goPathUnescape(value: string): string {
  if (/%(?![0-9a-fA-F]{2})/.test(value)) throw new Error(`invalid URL escape in ${value}`);
  return decodeURIComponent(value);
}
