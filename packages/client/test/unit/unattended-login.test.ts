/**
 * `login` credentials: the client logs in before its first call when it has no token, and
 * again once when the token dies; `onToken` sees each token. Through the production transport.
 */
import { describe, expect, it } from "vitest";
import { AlistError, createAlistClient, hashPassword } from "../../src/index.js";
import { type ObservedOptions, observedClient, ok } from "../support/observed-client.js";

/** A server that issues t1, t2, ... for the password "pw" and accepts only the newest token. */
async function loginServer(options: ObservedOptions) {
  let issued = 0;
  const state: { valid?: string } = {};
  const observed = await observedClient(({ url, headers, body }) => {
    if (url.pathname === "/api/auth/login/hash") {
      if ((body as { password: string }).password !== hashPassword("pw")) {
        return { code: 400, message: "password is incorrect", data: null };
      }
      state.valid = `t${++issued}`;
      return ok({ token: state.valid });
    }
    if (!state.valid || headers.authorization !== state.valid) {
      return { code: 401, message: "token is invalidated", data: null };
    }
    return ok({ name: "a.txt", size: 1, is_dir: false });
  }, options);
  const calls = () => observed.seen.map((request) => request.url.pathname);
  return { ...observed, state, calls };
}

describe("login credentials", () => {
  it("log in before the first call when there is no token, once for calls made together", async () => {
    const tokens: string[] = [];
    const { client, calls, state } = await loginServer({
      token: undefined,
      login: { username: "robot", password: "pw" },
      onToken: (token) => tokens.push(token),
    });
    await Promise.all([client.fsGet({ path: "/a.txt" }), client.fsGet({ path: "/b.txt" })]);
    expect(calls()).toEqual(["/api/auth/login/hash", "/api/fs/get", "/api/fs/get"]);
    expect(tokens).toEqual([state.valid]);
    expect(client.token).toBe(state.valid);
  });

  it("log in again once when the token dies, and repeat the call", async () => {
    const tokens: string[] = [];
    const { client, calls, state } = await loginServer({
      token: "stale",
      login: { username: "robot", password: "pw" },
      onToken: (token) => tokens.push(token),
    });
    await expect(client.fsGet({ path: "/a.txt" })).resolves.toMatchObject({ name: "a.txt" });
    expect(calls()).toEqual(["/api/fs/get", "/api/auth/login/hash", "/api/fs/get"]);
    expect(tokens).toEqual([state.valid]);
  });

  it("a refused login is the server's error, and the call is not sent", async () => {
    const { client, calls } = await loginServer({ token: undefined, login: { username: "robot", password: "wrong" } });
    const failure = await client.fsGet({ path: "/a.txt" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AlistError);
    expect((failure as AlistError).serverMessage).toBe("password is incorrect");
    expect(calls()).toEqual(["/api/auth/login/hash"]);
  });

  it("a password function is asked only when a login is needed, and only once", async () => {
    let asked = 0;
    const password = async () => {
      asked++;
      return "pw";
    };
    const { client: plain, url, state, calls } = await loginServer({ token: undefined });
    await plain.login({ username: "robot", password: "pw" });
    // The given token works: no login, the password is never asked for.
    const working = createAlistClient({ baseUrl: url, token: state.valid, login: { username: "robot", password } });
    await working.fsGet({ path: "/a.txt" });
    expect(asked).toBe(0);

    const client = createAlistClient({ baseUrl: url, login: { username: "robot", password } });
    await client.fsGet({ path: "/a.txt" });
    state.valid = undefined; // the server restarted
    await client.fsGet({ path: "/a.txt" });
    expect(asked).toBe(1);
    expect(calls().filter((path) => path === "/api/auth/login/hash")).toHaveLength(3);
  });
});
