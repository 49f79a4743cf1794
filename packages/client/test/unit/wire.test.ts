/**
 * What the production transport puts on the wire, as a loopback server receives it. A `fetch`
 * option cannot show this: with one, the client never takes its fast path over node:http.
 */
import { describe, expect, it } from "vitest";
import { observedClient, ok, type SeenRequest } from "../support/observed-client.js";

const request = ({ method, url, headers, text }: SeenRequest) => ({
  method,
  path: url.pathname,
  authorization: headers.authorization,
  contentType: headers["content-type"],
  contentLength: headers["content-length"],
  text,
});

describe("on the wire", () => {
  it("a JSON call carries the raw token, application/json and the body's length in bytes", async () => {
    const { client, seen } = await observedClient(() => ok({ name: "ü" }), { token: "eyJ.raw-token" });
    await client.fsGet({ path: "/docs/日本語 ü.txt" });
    const [sent] = seen as [SeenRequest];
    expect(sent.headers.authorization).toBe("eyJ.raw-token");
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.body).toEqual({ path: "/docs/日本語 ü.txt" });
    // Bytes, not UTF-16 units: the two differ for this path.
    expect(Buffer.byteLength(sent.text)).toBeGreaterThan(sent.text.length);
    expect(Number(sent.headers["content-length"])).toBe(Buffer.byteLength(sent.text));
  });

  it("with raw.use() middleware the typed call sends the same request as on the fast path", async () => {
    const fast = await observedClient(() => ok({ name: "x" }));
    const { client, seen } = await observedClient(() => ok({ name: "x" }));
    // A middleware that hands the transport a new WHATWG Request, as many do.
    client.raw.use({
      onRequest: ({ request: r }) => new Request(r, { headers: { ...Object.fromEntries(r.headers), "X-Trace": "1" } }),
    });
    await fast.client.fsGet({ path: "/docs/a.txt", password: "pw" });
    await client.fsGet({ path: "/docs/a.txt", password: "pw" });
    expect(seen[0]?.headers["x-trace"]).toBe("1");
    expect(request(seen[0] as SeenRequest)).toEqual(request(fast.seen[0] as SeenRequest));
  });

  it("calls one after another reuse one kept-alive connection", async () => {
    const { client, seen } = await observedClient(() => ok({ name: "x" }));
    for (const path of ["/a", "/b", "/c"]) await client.fsGet({ path });
    expect(seen).toHaveLength(3);
    expect(new Set(seen.map((sent) => sent.remotePort)).size).toBe(1);
  });
});
