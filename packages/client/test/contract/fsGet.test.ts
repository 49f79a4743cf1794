import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { createAlistClient } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { answerExamples } from "../support/spec.js";

const { successes } = answerExamples("fsGet");

/** A server that records each request's headers and JSON body and answers one fs/get object. */
async function recordingServer() {
  const seen: Array<{ headers: IncomingHttpHeaders; body: unknown }> = [];
  const object = successes[0]?.[1].value;
  const server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk) => {
      text += chunk;
    });
    req.on("end", () => {
      seen.push({ headers: req.headers, body: JSON.parse(text) });
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify(object));
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, seen, close: () => new Promise<void>((done) => server.close(() => done())) };
}

describe("fsGet (POST /api/fs/get)", () => {
  it.each(successes)("example %s: size is a number and related a list or null", async (name) => {
    const object = await mockClient(name).fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
    expect(typeof object.size).toBe("number");
    expect(object.related === null || Array.isArray(object.related)).toBe(true);
  });

  it("sends password only when given, and the raw token in Authorization", async () => {
    const server = await recordingServer();
    try {
      const client = createAlistClient({ baseUrl: server.url, token: "alist-static-token", retry: false });
      await client.fsGet({ path: "/p", password: "pw" });
      await client.fsGet({ path: "/p" });
      expect(server.seen.map((request) => request.body)).toEqual([{ path: "/p", password: "pw" }, { path: "/p" }]);
      expect(server.seen.map((request) => request.headers.authorization)).toEqual([
        "alist-static-token",
        "alist-static-token",
      ]);
    } finally {
      await server.close();
    }
  });
});
