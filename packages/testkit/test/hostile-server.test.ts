import { request } from "node:http";
import { describe, expect, it } from "vitest";
import { HOSTILE_ATTACKS, hostileFileBytes, hostileServer } from "../src/index.js";

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** One request; reads at most `maxBytes` of the answer, then hangs up. */
function call(url: string, method: string, body?: unknown, maxBytes = 1024 * 1024): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      { method, headers: { "Content-Type": "application/json", Authorization: "tok" } },
      (res) => {
        const chunks: Buffer[] = [];
        let bytes = 0;
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
        res.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          bytes += chunk.length;
          if (bytes >= maxBytes) {
            res.destroy();
            done();
          }
        });
        res.on("end", done);
      },
    );
    req.on("error", reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe("hostile server", () => {
  it("every attack starts on 127.0.0.1 and stops", async () => {
    for (const attack of HOSTILE_ATTACKS) {
      const server = await hostileServer(attack);
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(server.attack).toBe(attack);
      await server.close();
    }
  });

  it("honest: fs/get names the file and its raw_url serves exactly `size` bytes", async () => {
    const server = await hostileServer("honest", { size: 1000 });
    const got = JSON.parse(String((await call(`${server.url}/api/fs/get`, "POST", { path: "/x/a b.bin" })).body));
    expect(got.data).toMatchObject({
      name: "a b.bin",
      size: 1000,
      is_dir: false,
      raw_url: `${server.url}/raw/x/a%20b.bin`,
    });
    const file = await call(got.data.raw_url, "GET");
    expect(file.body.equals(hostileFileBytes(1000))).toBe(true);
    expect(server.seen.map((seen) => seen.path)).toEqual(["/api/fs/get", "/raw/x/a%20b.bin"]);
    await server.close();
  });

  it("endless-json pours spaces until the client leaves, or until maxBytes", async () => {
    const server = await hostileServer("endless-json");
    const answer = await call(`${server.url}/api/fs/list`, "POST", { path: "/" }, 4 * 1024 * 1024);
    expect(answer.headers["content-type"]).toMatch(/json/);
    expect(answer.body.length).toBeGreaterThanOrEqual(4 * 1024 * 1024);
    expect(answer.body.toString().trim()).toBe("");
    await server.close();
    const bounded = await hostileServer("endless-json", { maxBytes: 100_000 });
    expect((await call(`${bounded.url}/api/fs/list`, "POST", {})).body.length).toBe(100_000);
    expect(bounded.sent.bytes).toBe(100_000);
    await bounded.close();
  });

  it("huge-json declares 1 GB and starts a valid envelope", async () => {
    const server = await hostileServer("huge-json");
    const answer = await call(`${server.url}/api/fs/list`, "POST", {}, 1024);
    expect(answer.headers["content-length"]).toBe("1000000000");
    expect(String(answer.body)).toMatch(/^\{"code":200,"message":"success","data":\{/);
    await server.close();
    expect(server.sent.bytes).toBeLessThan(100 * 1024 * 1024);
  });

  it("foreign-raw-url points fs/get at another origin that records what reaches it", async () => {
    const server = await hostileServer("foreign-raw-url", { size: 10 });
    const got = JSON.parse(String((await call(`${server.url}/api/fs/get`, "POST", { path: "/a.bin" })).body));
    const foreign = server.foreign;
    expect(foreign).toBeDefined();
    expect(new URL(got.data.raw_url).origin).toBe(foreign?.url);
    await call(got.data.raw_url, "GET");
    expect(foreign?.seen).toHaveLength(1);
    expect(foreign?.seen[0]?.headers.authorization).toBe("tok");
    await server.close();
  });

  it("list attacks: a huge total, a page that ignores `page`, no total", async () => {
    const list = async (attack: "list-huge-total" | "list-ignores-page" | "list-no-total", page: number) => {
      const server = await hostileServer(attack);
      const answer = JSON.parse(String((await call(`${server.url}/api/fs/list`, "POST", { page, per_page: 5 })).body));
      await server.close();
      return answer.data;
    };
    expect(await list("list-huge-total", 7)).toMatchObject({ total: 1e15, content: [{ name: "entry-7.txt" }] });
    expect((await list("list-ignores-page", 1)).content).toEqual((await list("list-ignores-page", 2)).content);
    const noTotal = await list("list-no-total", 2);
    expect(noTotal.total).toBeUndefined();
    expect(noTotal.content).toHaveLength(5);
  });

  it("redirect-loop sends the link back to itself", async () => {
    const server = await hostileServer("redirect-loop");
    const answer = await call(`${server.url}/raw/a.bin?sign=x`, "GET");
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe("/raw/a.bin?sign=x");
    await server.close();
  });
});
