import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { type AddressInfo, connect } from "node:net";

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

/**
 * A URL on 127.0.0.1 where nothing listens. The port is a privileged one (below 1024) that refuses
 * connections: the OS never hands those out for `listen(0)`, so a test running beside this one
 * cannot start listening there, as it could on a just-freed ephemeral port.
 */
export async function freePortUrl(): Promise<string> {
  for (let port = 1; port < 1024; port++) {
    if (await refuses(port)) return `http://127.0.0.1:${port}`;
  }
  throw new Error("every port below 1024 on 127.0.0.1 accepts connections");
}

function refuses(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", (error: NodeJS.ErrnoException) => resolve(error.code === "ECONNREFUSED"));
  });
}

/** Go's url.PathUnescape, as the servers decode File-Path: %XX decoded, `+` kept. */
export function goPathUnescape(value: string): string {
  if (/%(?![0-9a-fA-F]{2})/.test(value)) throw new Error(`invalid URL escape in ${value}`);
  return decodeURIComponent(value);
}
