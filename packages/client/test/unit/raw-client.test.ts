import { listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlistClient } from "../../src/index.js";

let server: Awaited<ReturnType<typeof listen>>;
const seen: Array<{ url?: string; authorization?: string; body: string; traced?: string }> = [];
beforeAll(async () => {
  server = await listen((req, res) => {
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", () => {
      const traced = req.headers["x-trace"];
      seen.push({
        url: req.url,
        authorization: req.headers.authorization,
        body,
        ...(typeof traced === "string" ? { traced } : {}),
      });
      res.setHeader("Content-Type", "application/json");
      res.end('{"code":200,"message":"success","data":{"name":"x"}}');
    });
  });
});
afterAll(() => server.close());

describe("client.raw", () => {
  it("is a standard openapi-fetch client: WHATWG Response, parsed JSON", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    const { data, response } = await client.raw.POST("/api/fs/get", {
      body: { path: "/a" },
      headers: { Authorization: "tok" },
    });
    expect(response).toBeInstanceOf(Response);
    expect(data).toEqual({ code: 200, message: "success", data: { name: "x" } });
    expect(seen.at(-1)).toEqual({ url: "/api/fs/get", authorization: "tok", body: '{"path":"/a"}' });
  });

  it("the typed calls and the raw client reach the same server with the same token", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    await expect(client.fsGet({ path: "/b" })).resolves.toEqual({ name: "x" });
    expect(seen.at(-1)).toEqual({ url: "/api/fs/get", authorization: "tok", body: '{"path":"/b"}' });
  });

  it("raw.use() middleware sees the typed calls, and stops once ejected", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    const statuses: number[] = [];
    const tracer = {
      onRequest({ request }: { request: Request }) {
        request.headers.set("X-Trace", "on");
        return request;
      },
      onResponse({ response }: { response: Response }) {
        statuses.push(response.status);
      },
    };
    client.raw.use(tracer);
    await expect(client.fsGet({ path: "/c" })).resolves.toEqual({ name: "x" });
    expect(seen.at(-1)).toEqual({ url: "/api/fs/get", authorization: "tok", body: '{"path":"/c"}', traced: "on" });
    expect(statuses).toEqual([200]);
    client.raw.eject(tracer);
    await expect(client.fsGet({ path: "/d" })).resolves.toEqual({ name: "x" });
    expect(seen.at(-1)).toEqual({ url: "/api/fs/get", authorization: "tok", body: '{"path":"/d"}' });
    expect(statuses).toEqual([200]);
  });

  it("a stream body that fails tears the request down instead of hanging it", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error("disk went away"));
      },
    });
    const attempt = client.raw.PUT("/api/fs/put", {
      params: { header: { "File-Path": "%2Fa", "Content-Length": 10 } },
      body,
      bodySerializer: (b: unknown) => b,
      duplex: "half",
    } as never);
    await expect(attempt).rejects.toThrow();
  });
});
