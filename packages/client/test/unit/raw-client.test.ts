import { describe, expect, it } from "vitest";
import { observedClient, ok, type SeenRequest } from "../support/observed-client.js";

const answerX = () => ok({ name: "x" });

/** What the tests compare of a request: path, token, body and the trace header if any. */
const wire = ({ url, headers, text }: SeenRequest) => ({
  url: url.pathname,
  authorization: headers.authorization,
  body: text,
  ...(typeof headers["x-trace"] === "string" ? { traced: headers["x-trace"] } : {}),
});

describe("client.raw", () => {
  it("is a standard openapi-fetch client: WHATWG Response, parsed JSON", async () => {
    const { client, seen } = await observedClient(answerX, { token: "tok" });
    const { data, response } = await client.raw.POST("/api/fs/get", {
      body: { path: "/a" },
      headers: { Authorization: "tok" },
    });
    expect(response).toBeInstanceOf(Response);
    expect(data).toEqual({ code: 200, message: "success", data: { name: "x" } });
    expect(wire(seen.at(-1) as SeenRequest)).toEqual({
      url: "/api/fs/get",
      authorization: "tok",
      body: '{"path":"/a"}',
    });
  });

  it("the typed calls and the raw client reach the same server with the same token", async () => {
    const { client, seen } = await observedClient(answerX, { token: "tok" });
    await expect(client.fsGet({ path: "/b" })).resolves.toEqual({ name: "x" });
    expect(wire(seen.at(-1) as SeenRequest)).toEqual({
      url: "/api/fs/get",
      authorization: "tok",
      body: '{"path":"/b"}',
    });
  });

  it("raw.use() middleware sees the typed calls, and stops once ejected", async () => {
    const { client, seen } = await observedClient(answerX, { token: "tok" });
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
    expect(wire(seen.at(-1) as SeenRequest)).toEqual({
      url: "/api/fs/get",
      authorization: "tok",
      body: '{"path":"/c"}',
      traced: "on",
    });
    expect(statuses).toEqual([200]);
    client.raw.eject(tracer);
    await expect(client.fsGet({ path: "/d" })).resolves.toEqual({ name: "x" });
    expect(wire(seen.at(-1) as SeenRequest)).toEqual({
      url: "/api/fs/get",
      authorization: "tok",
      body: '{"path":"/d"}',
    });
    expect(statuses).toEqual([200]);
  });

  it("a stream body that fails tears the request down instead of hanging it", async () => {
    const { client } = await observedClient(answerX, { token: "tok" });
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
