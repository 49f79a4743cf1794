/**
 * `login` credentials: the client logs in before its first call when it has no token, and
 * again once when the token dies; `onToken` sees each token. Through the production transport.
 */
import { listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AlistError, createAlistClient, hashPassword } from "../../src/index.js";

let valid: string | undefined;
let issued = 0;
const calls: string[] = [];
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  server = await listen((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      calls.push(req.url ?? "");
      const answer = (code: number, message: string, data: unknown) => {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ code, message, data }));
      };
      if (req.url === "/api/auth/login/hash") {
        const { password } = JSON.parse(body);
        if (password !== hashPassword("pw")) return answer(400, "password is incorrect", null);
        valid = `t${++issued}`;
        return answer(200, "success", { token: valid });
      }
      if (!valid || req.headers.authorization !== valid) return answer(401, "token is invalidated", null);
      answer(200, "success", { name: "a.txt", size: 1, is_dir: false });
    });
  });
});
afterAll(() => server.close());
beforeEach(() => {
  calls.length = 0;
  valid = undefined;
});

describe("login credentials", () => {
  it("log in before the first call when there is no token, once for calls made together", async () => {
    const tokens: string[] = [];
    const client = createAlistClient({
      baseUrl: server.url,
      login: { username: "robot", password: "pw" },
      onToken: (token) => tokens.push(token),
    });
    await Promise.all([client.fsGet({ path: "/a.txt" }), client.fsGet({ path: "/b.txt" })]);
    expect(calls).toEqual(["/api/auth/login/hash", "/api/fs/get", "/api/fs/get"]);
    expect(tokens).toEqual([valid]);
    expect(client.token).toBe(valid);
  });

  it("log in again once when the token dies, and repeat the call", async () => {
    const tokens: string[] = [];
    const client = createAlistClient({
      baseUrl: server.url,
      token: "stale",
      login: { username: "robot", password: "pw" },
      onToken: (token) => tokens.push(token),
    });
    await expect(client.fsGet({ path: "/a.txt" })).resolves.toMatchObject({ name: "a.txt" });
    expect(calls).toEqual(["/api/fs/get", "/api/auth/login/hash", "/api/fs/get"]);
    expect(tokens).toEqual([valid]);
  });

  it("a refused login is the server's error, and the call is not sent", async () => {
    const client = createAlistClient({ baseUrl: server.url, login: { username: "robot", password: "wrong" } });
    const failure = await client.fsGet({ path: "/a.txt" }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AlistError);
    expect((failure as AlistError).serverMessage).toBe("password is incorrect");
    expect(calls).toEqual(["/api/auth/login/hash"]);
  });

  it("a password function is asked only when a login is needed, and only once", async () => {
    let asked = 0;
    const password = async () => {
      asked++;
      return "pw";
    };
    // The given token works: no login, the password is never asked for.
    await issueToken();
    const working = createAlistClient({ baseUrl: server.url, token: valid, login: { username: "robot", password } });
    await working.fsGet({ path: "/a.txt" });
    expect(asked).toBe(0);

    const client = createAlistClient({ baseUrl: server.url, login: { username: "robot", password } });
    await client.fsGet({ path: "/a.txt" });
    valid = undefined; // the server restarted
    await client.fsGet({ path: "/a.txt" });
    expect(asked).toBe(1);
    expect(calls.filter((url) => url === "/api/auth/login/hash")).toHaveLength(3);
  });
});

/** Has the server issue a token (through a plain login), so a client can start with a working one. */
async function issueToken(): Promise<void> {
  await createAlistClient({ baseUrl: server.url }).login({ username: "robot", password: "pw" });
}
