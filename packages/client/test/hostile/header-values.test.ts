/**
 * A token or header value with a line break or NUL is refused when it is given, with an error
 * that names the header and never holds the value; nothing is sent and nothing is retried.
 */
import { type HostileServer, hostileServer } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistInputError, AlistProtocolError, createAlistClient } from "../../src/index.js";
import { observedClient, ok } from "../support/observed-client.js";

const SECRET = "s3cret-Token-Value";
let server: HostileServer;
beforeAll(async () => {
  server = await hostileServer("honest");
});
afterAll(() => server.close());

/** What a call threw (or undefined). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe.each([
  ["a line feed", `${SECRET}\nX-Evil: 1`],
  ["a carriage return", `${SECRET}\r`],
  ["a NUL", `${SECRET}\u0000`],
])("a token with %s", (_, token) => {
  it("is refused by createAlistClient, naming Authorization, never the value", () => {
    const error = thrown(() => createAlistClient({ baseUrl: server.url, token }));
    expect(error).toBeInstanceOf(AlistInputError);
    expect((error as Error).message).toBe(
      "the token (Authorization header) contains a line break, NUL or other control character",
    );
    expect((error as Error).message).not.toContain(SECRET);
  });

  it("is refused by setToken, and the client keeps the token it had", () => {
    const client = createAlistClient({ baseUrl: server.url, token: "good" });
    const error = thrown(() => client.setToken(token));
    expect(error).toBeInstanceOf(AlistInputError);
    expect(String(error)).not.toContain(SECRET);
    expect(client.token).toBe("good");
  });
});

describe("header values", () => {
  it("a client header with a line break is refused at creation, naming the header", () => {
    const error = thrown(() => createAlistClient({ baseUrl: server.url, headers: { "X-Proxy-Auth": `${SECRET}\n` } }));
    expect(error).toBeInstanceOf(AlistInputError);
    expect((error as Error).message).toBe("header X-Proxy-Auth contains a line break, NUL or other control character");
  });

  it("a call's header with a NUL fails that call as input, unsent and not retried", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    const before = server.seen.length;
    const failure = client.fsGet({ path: "/a" }, { headers: { "X-Extra": `${SECRET}\u0000` } });
    await expect(failure).rejects.toBeInstanceOf(AlistInputError);
    await expect(failure).rejects.toThrow("header X-Extra contains a line break, NUL or other control character");
    await expect(failure).rejects.not.toThrow(SECRET);
    expect(server.seen.length).toBe(before);
  });

  it("an upload's folder password with a line break is refused, naming the header", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    const before = server.seen.length;
    const failure = client.upload(import.meta.filename, "/a.ts", { password: `${SECRET}\r\n` });
    await expect(failure).rejects.toBeInstanceOf(AlistInputError);
    await expect(failure).rejects.toThrow("header Password contains a line break, NUL or other control character");
    expect(server.seen.length).toBe(before);
  });

  it("a login answer whose token holds a line break is a protocol error without the token", async () => {
    const { client } = await observedClient(() => ok({ token: `${SECRET}\nX: y` }), { token: undefined });
    const failure = client.login({ username: "admin", password: "pw" });
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(
      "login gave a token that contains a line break, NUL or other control character",
    );
    await expect(failure).rejects.not.toThrow(SECRET);
    expect(client.token).toBeUndefined();
  });
});
