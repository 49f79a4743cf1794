/**
 * A hostile server for one test, closed when the test ends, and a client pointed at it: the
 * Node build's by default; the web build's tests pass their own createAlistClient.
 */
import { type HostileAttack, type HostileOptions, type HostileServer, hostileServer } from "@alist-toolkit/testkit";
import { onTestFinished } from "vitest";
import { type AlistClientOptions, createAlistClient } from "../../src/index.js";

export interface HostileClientOptions<C> {
  server?: HostileOptions;
  /** Added to the defaults: token "tok", no retries (a retry would hide what the attack did). */
  client?: Partial<AlistClientOptions>;
  create?: (options: AlistClientOptions) => C;
}

export async function hostileClient<C = ReturnType<typeof createAlistClient>>(
  attack: HostileAttack,
  { server: serverOptions, client: clientOptions, create }: HostileClientOptions<C> = {},
): Promise<{ server: HostileServer; client: C }> {
  const server = await hostileServer(attack, serverOptions);
  onTestFinished(() => server.close());
  const options: AlistClientOptions = { baseUrl: server.url, token: "tok", retry: false, ...clientOptions };
  const client = create ? create(options) : (createAlistClient(options) as C);
  return { server, client };
}
