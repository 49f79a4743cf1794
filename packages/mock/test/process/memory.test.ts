/** A 1 GiB upload goes to disk: the mock's peak RSS stays under 150 MB (read from /proc). */
import { request } from "node:http";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { describe, expect, it } from "vitest";
import { listeningPort, peakRss, startCli } from "./support.js";

const GIB = 1024 ** 3;
const CHUNK = Buffer.alloc(1024 * 1024, 0x5a);

function generated(size: number): Readable {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= size) return void this.push(null);
      const length = Math.min(CHUNK.length, size - sent);
      sent += length;
      this.push(length === CHUNK.length ? CHUNK : CHUNK.subarray(0, length));
    },
  });
}

describe("stateful mock: memory", () => {
  it("takes a 1 GiB upload with a peak RSS under 150 MB", async () => {
    const child = startCli([]);
    try {
      const port = await listeningPort(child);
      const base = `http://127.0.0.1:${port}`;
      const login = await fetch(`${base}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "admin", password: "admin" }),
      });
      const token = (await login.json()).data.token as string;
      const answer = await new Promise<string>((resolve, reject) => {
        const req = request(`${base}/api/fs/put`, {
          method: "PUT",
          headers: {
            Authorization: token,
            "File-Path": "/local/Backups/one-gib.bin",
            "Content-Type": "application/octet-stream",
            "Content-Length": String(GIB),
          },
        });
        req.on("response", (res) => {
          let text = "";
          res.on("data", (chunk) => {
            text += chunk;
          });
          res.on("end", () => resolve(text));
        });
        req.on("error", reject);
        pipeline(generated(GIB), req).catch(reject);
      });
      expect(JSON.parse(answer)).toEqual({ code: 200, message: "success", data: null });
      const got = await fetch(`${base}/api/fs/get`, {
        method: "POST",
        headers: { Authorization: token, "Content-Type": "application/json" },
        body: JSON.stringify({ path: "/local/Backups/one-gib.bin" }),
      });
      expect((await got.json()).data.size).toBe(GIB);
      const peak = peakRss(child.pid as number);
      console.log(`peak RSS during a 1 GiB upload: ${(peak / 1e6).toFixed(1)} MB`);
      expect(peak).toBeLessThan(150e6);
    } finally {
      child.kill("SIGTERM");
      await new Promise((done) => child.once("exit", done));
    }
  }, 120_000);
});
