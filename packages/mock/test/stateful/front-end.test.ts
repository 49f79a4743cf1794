/** What front-end work needs: CORS, named examples, latency, seeded failures, loading, public routes, --seed-dir. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createAlistClient } from "@alist-toolkit/client";
import { describe, expect, it } from "vitest";
import bundled from "../../../client/src/generated/openapi.json";
import { at, type OpenApiDocument, operation } from "../../../client/src/spec-walk.js";
import { startMock } from "../../src/index.js";
import { useMock } from "./support.js";

const h = useMock();
const spec = bundled as unknown as OpenApiDocument;

describe("stateful mock: for front-end work", () => {
  it("answers a preflight from another origin with the token and JSON allowed", async () => {
    const res = await fetch(`${h.mock.url}/api/fs/list`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:5173",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization,content-type",
      },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-headers")).toBe("authorization,content-type");
    const answer = await fetch(`${h.mock.url}/api/public/settings`, { headers: { Origin: "http://localhost:5173" } });
    expect(answer.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("Prefer: example=NAME answers that example of the spec; an unknown name is a 404", async () => {
    const named = await h.call("/api/fs/get", { path: "/x" }, h.token(), { Prefer: "example=objectNotFound" });
    expect(named).toEqual({ code: 500, message: "object not found", data: null });
    const res = await fetch(`${h.mock.url}/api/me`, { headers: { Authorization: h.token(), Prefer: "example=nope" } });
    expect(res.status).toBe(404);
  });

  it("Prefer: example=NAME follows a shared example's $ref (tokenInvalidated, and guest in a shared answer)", async () => {
    const raw = at(spec, `${operation(spec, "fsGet").pointer}/responses/200/content/application~1json/examples`);
    expect((raw as Record<string, unknown>).tokenInvalidated).toEqual({
      $ref: "#/components/examples/TokenInvalidated",
    });
    const named = await h.call("/api/fs/get", { path: "/x" }, h.token(), { Prefer: "example=tokenInvalidated" });
    expect(named).toEqual({ code: 401, message: "token is invalidated", data: null });
    const guest = await fetch(`${h.mock.url}/api/task/upload/cancel?tid=x`, {
      method: "POST",
      headers: { Authorization: h.token(), Prefer: "example=guest" },
    });
    expect(await guest.json()).toEqual({ code: 403, message: "You are a guest", data: null });
  });

  it("public settings, offline download tools, archive extensions and /ping", async () => {
    const settings = await h.anonymous.publicSettings();
    expect(Object.values(settings).every((value) => typeof value === "string")).toBe(true);
    expect(settings.version).toMatch(/^v\d/);
    expect(await h.anonymous.offlineDownloadTools()).toContain("SimpleHttp");
    expect(await h.anonymous.archiveExtensions()).toContain(".zip");
    expect(await (await fetch(`${h.mock.url}/ping`)).text()).toBe("pong");
  });

  it("--latency delays answers; --loading answers 'Loading storage, please wait' at first", async () => {
    const slow = await startMock({ mode: "stateful", latencyMs: 150, loadingMs: 400 });
    try {
      const call = () => fetch(`${slow.url}/api/public/settings`).then((res) => res.json());
      expect(await call()).toEqual({ code: 500, message: "Loading storage, please wait", data: null });
      await new Promise((done) => setTimeout(done, 450));
      const started = performance.now();
      expect((await call()).code).toBe(200);
      expect(performance.now() - started).toBeGreaterThanOrEqual(140);
    } finally {
      await slow.stop();
    }
  });

  it("--fail-rate with --seed fails the same share of calls the same way on every run", async () => {
    const run = async () => {
      const mock = await startMock({ mode: "stateful", failRate: 0.3, seed: 42 });
      try {
        const codes: number[] = [];
        for (let i = 0; i < 40; i++) codes.push((await (await fetch(`${mock.url}/api/public/settings`)).json()).code);
        return codes;
      } finally {
        await mock.stop();
      }
    };
    const first = await run();
    expect(await run()).toEqual(first);
    const failed = first.filter((code) => code === 500).length;
    expect(failed).toBeGreaterThan(4);
    expect(failed).toBeLessThan(24);
  });

  it("--seed-dir serves a folder as /local and never writes to it", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mock-seed-"));
    try {
      await mkdir(join(dir, "docs"));
      await writeFile(join(dir, "docs", "a.txt"), "original");
      const mock = await startMock({ mode: "stateful", seedDir: dir });
      try {
        const client = createAlistClient({ baseUrl: mock.url, retry: false });
        await client.login({ username: "admin", password: "admin" });
        expect((await client.fsList({ path: "/local/docs" })).content.map((entry) => entry.name)).toEqual(["a.txt"]);
        const file = await client.fsGet({ path: "/local/docs/a.txt" });
        expect(await (await fetch(file.raw_url)).text()).toBe("original");
        await client.upload(Readable.from([Buffer.from("changed")]), "/local/docs/a.txt", { size: 7 });
        await client.fsRename({ path: "/local/docs/a.txt", name: "b.txt" });
        await client.fsMkdir({ path: "/local/new" });
        await client.fsRemove({ dir: "/local", names: ["docs"] });
      } finally {
        await mock.stop();
      }
      expect(await readdir(dir)).toEqual(["docs"]);
      expect(await readFile(join(dir, "docs", "a.txt"), "utf8")).toBe("original");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
