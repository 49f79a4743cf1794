/**
 * What the client does with answers that are not a clean AList envelope, driven through
 * the client's `fetch` option (a custom fetch, not a mocked module).
 */
import { describe, expect, it } from "vitest";
import { AlistError, AlistProtocolError, createAlistClient } from "../../src/index.js";

function answering(status: number, contentType: string | null, body: string) {
  const seen: Request[] = [];
  const client = createAlistClient({
    baseUrl: "http://alist.test",
    token: "raw-token-value",
    fetch: async (request) => {
      seen.push(request);
      const headers = contentType ? { "Content-Type": contentType } : undefined;
      return new Response(body.length > 0 ? body : null, { status, headers });
    },
  });
  return { client, seen };
}

describe("answers that are not the API", () => {
  it("HTTP 200 text/html (a wrong route) is a protocol error naming the content type", async () => {
    const { client } = answering(200, "text/html; charset=utf-8", "<!doctype html><html>index</html>");
    const failure = await client.fsGet({ path: "/" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("text/html instead of JSON");
    expect(failure.status).toBe(200);
  });

  it("HTTP 405 with an empty body is a protocol error naming the status", async () => {
    const failure = await answering(405, null, "")
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("HTTP 405");
    expect(failure.message).toContain("an empty body");
  });

  it("HTTP 500 with an empty body (a server panic) is a protocol error", async () => {
    const failure = await answering(500, null, "")
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.status).toBe(500);
  });

  it("truncated JSON is a protocol error, never a success", async () => {
    const failure = await answering(200, "application/json", '{"code":200,"message":"succ')
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("malformed JSON");
  });

  it("JSON without the envelope is a protocol error", async () => {
    const failure = await answering(200, "application/json", '{"name":"x"}')
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("envelope");
  });

  it("a login success without a token is refused", async () => {
    const failure = await answering(200, "application/json", '{"code":200,"message":"success","data":{}}')
      .client.login({ username: "u", password: "p" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("without a token");
  });

  it("code 500 'Loading storage, please wait' is an AlistError with the server's words", async () => {
    const body = JSON.stringify({ code: 500, message: "Loading storage, please wait", data: null });
    const failure = await answering(200, "application/json; charset=utf-8", body)
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.message).toBe("fsGet: Loading storage, please wait (code 500)");
  });
});

describe("what the client sends", () => {
  it("the raw token in Authorization (no Bearer) and JSON with its content type", async () => {
    const ok = JSON.stringify({ code: 200, message: "success", data: { name: "x" } });
    const { client, seen } = answering(200, "application/json", ok);
    await client.fsGet({ path: "docs/a b.txt" });
    const request = seen[0] as Request;
    expect(request.headers.get("authorization")).toBe("raw-token-value");
    expect(request.headers.get("content-type")).toBe("application/json");
    expect(request.method).toBe("POST");
    expect(new URL(request.url).pathname).toBe("/api/fs/get");
    expect(await request.json()).toEqual({ path: "/docs/a b.txt" });
  });

  it("no Authorization header at all without a token (login)", async () => {
    const ok = JSON.stringify({ code: 200, message: "success", data: { token: "t" } });
    const { client, seen } = answering(200, "application/json", ok);
    client.setToken(undefined);
    await client.login({ username: "admin", password: "admin" });
    expect(seen[0]?.headers.has("authorization")).toBe(false);
    expect(new URL(seen[0]?.url ?? "").pathname).toBe("/api/auth/login/hash");
    expect(await seen[0]?.json()).toEqual({
      username: "admin",
      password: "6fcb57cd10b2c11d765dcf16148d99130afd895082af83725ee8bb181b1d2b0f",
    });
    expect(client.token).toBe("t");
  });

  it("plain login sends the password to /api/auth/login", async () => {
    const ok = JSON.stringify({ code: 200, message: "success", data: { token: "t" } });
    const { client, seen } = answering(200, "application/json", ok);
    await client.login({ username: "admin", password: "pw", plain: true, otpCode: "123456" });
    expect(new URL(seen[0]?.url ?? "").pathname).toBe("/api/auth/login");
    expect(await seen[0]?.json()).toEqual({ username: "admin", password: "pw", otp_code: "123456" });
  });

  it("a base URL with a path prefix keeps the prefix", async () => {
    const seen: string[] = [];
    const client = createAlistClient({
      baseUrl: "https://example.test/alist/",
      fetch: async (request) => {
        seen.push(request.url);
        return new Response('{"code":200,"message":"success","data":{}}', {
          headers: { "Content-Type": "application/json" },
        });
      },
    });
    await client.fsGet({ path: "/" });
    expect(seen[0]).toBe("https://example.test/alist/api/fs/get");
  });

  it("refuses a malformed server URL before sending anything", () => {
    expect(() => createAlistClient({ baseUrl: "not a url" })).toThrow(/invalid server URL/);
    expect(() => createAlistClient({ baseUrl: "ftp://host" })).toThrow(/http:\/\/ or https:\/\//);
  });
});

describe("onAnswer", () => {
  it("sees every answer, parsed, before the client throws for it", async () => {
    const seen: unknown[] = [];
    const client = createAlistClient({
      baseUrl: "http://alist.test",
      onAnswer: (answer) => seen.push(answer),
      fetch: async () =>
        new Response('{"code":401,"message":"token is invalidated","data":null}', {
          headers: { "Content-Type": "application/json" },
        }),
    });
    await expect(client.fsGet({ path: "/" })).rejects.toThrow(AlistError);
    expect(seen).toEqual([
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
    const failure = await answering(404, "application/problem+json", body)
      .client.me()
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain(`and "${body}"`);
    expect(failure.message).not.toContain("…");
  });

  it("a too-large upload's 413 keeps the server's whole message", async () => {
    const body = '{"error":{"code":"request_entity_too_large","message":"Body exceeded 10mb limit"}}';
    const failure = await answering(413, "application/json; charset=utf-8", body)
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toContain("HTTP 413");
    expect(failure.message).toContain("Body exceeded 10mb limit");
  });

  it("a long error page is cut between words, with an ellipsis", async () => {
    const page = `Service Unavailable. ${"The server is temporarily unable to service your request. ".repeat(6)}`;
    const failure = await answering(503, "text/plain", page)
      .client.fsGet({ path: "/" })
      .catch((e) => e);
    const quoted = /and "(.*)"$/.exec(failure.reason)?.[1] ?? "";
    expect(quoted.startsWith("Service Unavailable. The server is temporarily")).toBe(true);
    expect(quoted).toMatch(/ (The|server|is|temporarily|unable|to|service|your|request\.)…$/);
  });
});
