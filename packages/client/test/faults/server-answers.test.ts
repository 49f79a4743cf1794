/** Every way a server answers badly, one fault per case, and the exact error it becomes. */

import { Readable } from "node:stream";
import { type Fault, faultServer, REAL_MESSAGES } from "@alist-toolkit/testkit";
import { afterEach, describe, expect, it } from "vitest";
import { AlistError, AlistOtpError, AlistProtocolError, createAlistClient } from "../../src/index.js";

let server: Awaited<ReturnType<typeof faultServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function clientFacing(fault: Fault) {
  server = await faultServer(() => fault);
  return createAlistClient({ baseUrl: server.url, token: "tok", retry: false });
}

describe("HTTP 200 with an error code and the real message", () => {
  it.each(Object.entries(REAL_MESSAGES))("code %s: AlistError with that code and message", async (code, message) => {
    const client = await clientFacing({ kind: "code", code: Number(code) });
    const failure = await client.fsGet({ path: "/a" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.code).toBe(Number(code));
    expect(failure.message).toBe(`fsGet: ${message} (code ${code})`);
    expect(failure.isAuthError).toBe([401, 402, 429].includes(Number(code)));
  });

  it("code 402 at login is the one-time-code error", async () => {
    const client = await clientFacing({ kind: "code", code: 402 });
    await expect(client.login({ username: "a", password: "b" })).rejects.toBeInstanceOf(AlistOtpError);
  });

  it("an upload answered with code 403 'file exists' is an AlistError, not a success", async () => {
    const client = await clientFacing({ kind: "code", code: 403, message: "file exists" });
    const failure = await client
      .upload(Readable.from([Buffer.from("abc")]), "/a.txt", { size: 3, overwrite: false })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.message).toBe("fsPut: file exists (code 403)");
  });
});

describe("answers that are not the API", () => {
  it.each<[string, Fault, RegExp]>([
    ["200 text/html (wrong route or method)", { kind: "html" }, /text\/html instead of JSON/],
    ["HTTP 405 with an empty body", { kind: "empty", status: 405 }, /HTTP 405 with no content type and an empty body/],
    [
      "HTTP 500 with an empty body (a panic)",
      { kind: "empty", status: 500 },
      /HTTP 500 with no content type and an empty body/,
    ],
    ["truncated JSON", { kind: "truncated" }, /malformed JSON/],
  ])("%s: AlistProtocolError saying what came back", async (_name, fault, pattern) => {
    const client = await clientFacing(fault);
    const failure = await client.fsGet({ path: "/a" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.message).toMatch(pattern);
    expect(failure.message).not.toContain("tok");
  });

  it("'Loading storage, please wait' is code 500 with the server's words", async () => {
    const client = await clientFacing({ kind: "loading" });
    const failure = await client.fsGet({ path: "/a" }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure.message).toBe("fsGet: Loading storage, please wait (code 500)");
  });
});
