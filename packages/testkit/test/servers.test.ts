import { createHash } from "node:crypto";
import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { byteSink, freePortUrl } from "../src/index.js";

function put(url: string, body: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/api/fs/put`, { method: "PUT", headers: { "File-Path": "%2Fa.bin" } }, (res) => {
      let text = "";
      res.on("data", (chunk) => {
        text += chunk;
      });
      res.on("end", () => resolve(text));
    });
    req.on("error", reject);
    req.end(body);
  });
}

describe("test servers", () => {
  it("the byte sink hashes what it receives, records the headers and answers like fs/put", async () => {
    const sink = await byteSink({ chunkDelayMs: 5 });
    const body = Buffer.alloc(300_000, 7);
    const answer = await put(sink.url, body);
    await sink.close();
    expect(JSON.parse(answer)).toEqual({ code: 200, message: "success", data: null });
    expect(sink.received).toHaveLength(1);
    expect(sink.received[0]).toMatchObject({
      method: "PUT",
      url: "/api/fs/put",
      bytes: body.length,
      sha256: createHash("sha256").update(body).digest("hex"),
    });
    expect(sink.received[0]?.headers["file-path"]).toBe("%2Fa.bin");
    expect(sink.progress.bytes).toBe(body.length);
  });

  it("freePortUrl names a port where nothing listens", async () => {
    await expect(put(await freePortUrl(), Buffer.from("x"))).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });
});
