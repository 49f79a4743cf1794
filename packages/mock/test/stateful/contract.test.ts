/**
 * Both ends of the contract: with `refusals: "prism"`, requests that break it are refused as Prism
 * refuses them (the default, as a server reads them, is in server-refusals.test.ts), and an
 * answer that breaks it is a mock bug answered as code 500 naming the violation.
 */
import { describe, expect, it } from "vitest";
import { startMock } from "../../src/index.js";
import { useMock } from "./support.js";

const h = useMock({ refusals: "prism" });

const post = (path: string, body: string, headers: Record<string, string>) =>
  fetch(`${h.mock.url}${path}`, { method: "POST", headers: { Authorization: h.token(), ...headers }, body });

describe("stateful mock: the contract", () => {
  it("422 for a body that breaks the schema, naming the field", async () => {
    const res = await post("/api/fs/list", JSON.stringify({ path: 3 }), { "Content-Type": "application/json" });
    expect(res.status).toBe(422);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect(JSON.stringify(await res.json())).toContain("requestBody/path: must be string");
  });

  it("422 for a missing required header (fs/put without File-Path)", async () => {
    const res = await fetch(`${h.mock.url}/api/fs/put`, {
      method: "PUT",
      headers: { Authorization: h.token(), "Content-Type": "application/octet-stream" },
      body: "x",
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain("file-path");
  });

  it("415 for a media type the operation does not take", async () => {
    const res = await post("/api/fs/list", "path=/", { "Content-Type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
    expect((await res.json()).detail).toBe("Supported content types: application/json");
  });

  it("401 without a token; broken JSON is AList's code 400; an unknown route is the web page", async () => {
    expect((await fetch(`${h.mock.url}/api/fs/list`, { method: "POST" })).status).toBe(401);
    const broken = await post("/api/fs/list", '{"path": ', { "Content-Type": "application/json" });
    expect(await broken.json()).toMatchObject({ code: 400, data: null });
    const page = await fetch(`${h.mock.url}/api/fs/gett`, { method: "POST" });
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    expect((await fetch(`${h.mock.url}/api/fs/get`, { method: "DELETE" })).status).toBe(405);
  });

  it("an answer that breaks the spec is logged, recorded and sent as code 500 naming the violation", async () => {
    const logged: string[] = [];
    const mock = await startMock({
      mode: "stateful",
      onLog: (line) => logged.push(line),
      handlers: { me: () => ({ code: 200, message: "success", data: { username: 7 } }) as never },
    });
    try {
      const token = (
        await (
          await fetch(`${mock.url}/api/auth/login`, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ username: "admin", password: "admin" }),
          })
        ).json()
      ).data.token;
      const answer = await (await fetch(`${mock.url}/api/me`, { headers: { Authorization: token } })).json();
      expect(answer.code).toBe(500);
      expect(answer.message).toMatch(/^mock bug: me: the answer breaks the spec: answer\/data/);
      expect(mock.violations).toHaveLength(1);
      expect(logged.join("\n")).toContain("me: the answer breaks the spec");
    } finally {
      await mock.stop();
    }
  });

  it("a malformed HTTP request gets 400 and the mock carries on", async () => {
    const { connect } = await import("node:net");
    const url = new URL(h.mock.url);
    const reply = await new Promise<string>((resolve) => {
      const socket = connect(Number(url.port), url.hostname, () => socket.write("GARBAGE /\x00 HTTP/9\r\n\r\n"));
      let text = "";
      socket.on("data", (chunk) => {
        text += chunk;
      });
      socket.on("close", () => resolve(text));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await h.admin.me()).username).toBe("admin");
  });
});
