/**
 * What the client does with answers that are not a clean AList envelope, and what it puts on
 * the wire: a loopback server behind the production transport.
 */
import { describe, expect, it } from "vitest";
import { AlistError, AlistProtocolError, createAlistClient } from "../../src/index.js";
import { observedClient, ok, RawAnswer } from "../support/observed-client.js";

/** A server that gives every request this status, content type and body. */
function answering(status: number, contentType: string | null, body: string) {
  const headers: Record<string, string> = contentType ? { "Content-Type": contentType } : {};
  return observedClient(() => new RawAnswer(status, headers, body), { token: "raw-token-value" });
}

describe("answers that are not the API", () => {
  it("HTTP 200 text/html (a wrong route) is a protocol error naming the content type", async () => {
    const { client } = await answering(200, "text/html; charset=utf-8", "<!doctype html><html>index</html>");
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("text/html instead of JSON");
    expect(failure.status).toBe(200);
  });

  it("HTTP 405 with an empty body is a protocol error naming the status", async () => {
    const { client } = await answering(405, null, "");
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("HTTP 405");
    expect(failure.message).toContain("an empty body");
  });

  it("HTTP 500 with an empty body (a server panic) is a protocol error", async () => {
    const { client } = await answering(500, null, "");
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.status).toBe(500);
  });

  it("truncated JSON is a protocol error, never a success", async () => {
    const { client } = await answering(200, "application/json", '{"code":200,"message":"succ');
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("malformed JSON");
  });

  it("JSON without the envelope is a protocol error", async () => {
    const { client } = await answering(200, "application/json", '{"name":"x"}');
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("envelope");
  });

  it("a login success without a token is refused", async () => {
    const { client } = await answering(200, "application/json", '{"code":200,"message":"success","data":{}}');
    const failure = await client.login({ username: "u", password: "p" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("without a token");
  });

  it("code 500 'Loading storage, please wait' is an AlistError with the server's words", async () => {
    const body = JSON.stringify({ code: 500, message: "Loading storage, please wait", data: null });
    const { client } = await answering(200, "application/json; charset=utf-8", body);
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.message).toBe("fsGet: Loading storage, please wait (code 500)");
  });
});

describe("what the client sends", () => {
  it("the raw token in Authorization (no Bearer) and JSON with its content type", async () => {
    const { client, seen } = await observedClient(() => ok({ name: "x" }), { token: "raw-token-value" });
    await client.fsGet({ path: "docs/a b.txt" });
    expect(seen[0]?.headers.authorization).toBe("raw-token-value");
    expect(seen[0]?.headers["content-type"]).toBe("application/json");
    expect(seen[0]?.method).toBe("POST");
    expect(seen[0]?.url.pathname).toBe("/api/fs/get");
    expect(seen[0]?.body).toEqual({ path: "/docs/a b.txt" });
  });

  it("no Authorization header at all without a token (login)", async () => {
    const { client, seen } = await observedClient(() => ok({ token: "t" }));
    client.setToken(undefined);
    await client.login({ username: "admin", password: "admin" });
    expect(seen[0]?.headers).not.toHaveProperty("authorization");
    expect(seen[0]?.url.pathname).toBe("/api/auth/login/hash");
    expect(seen[0]?.body).toEqual({
      username: "admin",
      password: "6fcb57cd10b2c11d765dcf16148d99130afd895082af83725ee8bb181b1d2b0f",
    });
    expect(client.token).toBe("t");
  });

  it("plain login sends the password to /api/auth/login", async () => {
    const { client, seen } = await observedClient(() => ok({ token: "t" }));
    await client.login({ username: "admin", password: "pw", plain: true, otpCode: "123456" });
    expect(seen[0]?.url.pathname).toBe("/api/auth/login");
    expect(seen[0]?.body).toEqual({ username: "admin", password: "pw", otp_code: "123456" });
  });

  it("a base URL with a path prefix keeps the prefix", async () => {
    const { client, seen } = await observedClient(() => ok({}), { basePath: "/alist/" });
    await client.fsGet({ path: "/" });
    expect(seen[0]?.url.pathname).toBe("/alist/api/fs/get");
  });

  it("refuses a malformed server URL before sending anything", () => {
    expect(() => createAlistClient({ baseUrl: "not a url" })).toThrow(/invalid server URL/);
    expect(() => createAlistClient({ baseUrl: "ftp://host" })).toThrow(/http:\/\/ or https:\/\//);
  });
});

describe("onAnswer", () => {
  it("sees every answer, parsed, before the client throws for it", async () => {
    const answers: unknown[] = [];
    const { client } = await observedClient(
      () =>
        new RawAnswer(
          200,
          { "Content-Type": "application/json" },
          '{"code":401,"message":"token is invalidated","data":null}',
        ),
      { onAnswer: (answer) => answers.push(answer) },
    );
    await expect(client.fsGet({ path: "/" })).rejects.toThrow(AlistError);
    expect(answers).toEqual([
      {
        operation: "fsGet",
        status: 200,
        contentType: "application/json",
        body: { code: 401, message: "token is invalidated", data: null },
      },
    ]);
  });
});

describe("bodies quoted in protocol errors", () => {
  it("a wrong route's JSON problem (Prism's 404) is quoted whole, its point included", async () => {
    const body = JSON.stringify({
      type: "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR",
      title: "Route not resolved, no path matched",
      status: 404,
      detail: "The route /api/api/me hasn't been found in the specification file",
    });
    const { client } = await answering(404, "application/problem+json", body);
    const failure = await client.me().catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain(`and "${body}"`);
    expect(failure.message).not.toContain("…");
  });

  it("a too-large upload's 413 keeps the server's whole message", async () => {
    const body = '{"error":{"code":"request_entity_too_large","message":"Body exceeded 10mb limit"}}';
    const { client } = await answering(413, "application/json; charset=utf-8", body);
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("HTTP 413");
    expect(failure.message).toContain("Body exceeded 10mb limit");
  });

  it("a long error page is cut between words, with an ellipsis", async () => {
    const page = `Service Unavailable. ${"The server is temporarily unable to service your request. ".repeat(6)}`;
    const { client } = await answering(503, "text/plain", page);
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    const quoted = /and "(.*)"$/.exec(failure.reason)?.[1] ?? "";
    expect(quoted.startsWith("Service Unavailable. The server is temporarily")).toBe(true);
    expect(quoted).toMatch(/ (The|server|is|temporarily|unable|to|service|your|request\.)…$/);
  });
});
