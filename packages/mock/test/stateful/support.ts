/** A fresh stateful mock per test file, a logged-in client, and a check that no answer broke the spec. */
import { type AlistClient, createAlistClient } from "@alist-toolkit/client";
import { afterAll, beforeAll, expect } from "vitest";
import { type RunningStatefulMock, type StatefulOptions, startMock } from "../../src/index.js";

export interface Harness {
  mock: RunningStatefulMock;
  admin: AlistClient;
  /** A client with no token. */
  anonymous: AlistClient;
  as(username: string, password: string): Promise<AlistClient>;
  /** A raw JSON call: the envelope as the server sent it. */
  call(
    path: string,
    body?: unknown,
    token?: string,
    headers?: Record<string, string>,
  ): Promise<Record<string, unknown>>;
  token(): string;
}

export function useMock(options: StatefulOptions = {}): Harness {
  const harness = {} as Harness;
  let adminToken = "";
  beforeAll(async () => {
    harness.mock = await startMock({ mode: "stateful", copyMs: 600, ...options });
    const client = (token?: string) =>
      createAlistClient({ baseUrl: harness.mock.url, retry: false, ...(token ? { token } : {}) });
    harness.anonymous = client();
    harness.as = async (username, password) => {
      const logged = client();
      await logged.login({ username, password });
      return logged;
    };
    harness.admin = client();
    adminToken = (await harness.admin.login({ username: "admin", password: "admin" })).token;
    harness.token = () => adminToken;
    harness.call = async (path, body, token = adminToken, headers = {}) => {
      const res = await fetch(`${harness.mock.url}${path}`, {
        method: body === undefined ? "GET" : "POST",
        headers: { "Content-Type": "application/json", ...(token ? { Authorization: token } : {}), ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return (await res.json()) as Record<string, unknown>;
    };
  });
  afterAll(async () => {
    // Every answer of the file was checked against the spec: none may have broken it.
    expect(harness.mock.violations).toEqual([]);
    await harness.mock.stop();
  });
  return harness;
}
