import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listen } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { startMock } from "../src/index.js";
import { startStaticMock } from "../src/static-mock.js";

describe("startMock", () => {
  it("starts the stateful mock by default: what is written is there to read", async () => {
    const mock = await startMock();
    try {
      const login = await fetch(`${mock.url}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "admin", password: "admin" }),
      });
      const token = ((await login.json()) as { data: { token: string } }).data.token;
      const call = (path: string, body: unknown) =>
        fetch(`${mock.url}${path}`, {
          method: "POST",
          headers: { Authorization: token, "Content-Type": "application/json" },
          body: JSON.stringify(body),
        }).then((res) => res.json());
      expect(await call("/api/fs/mkdir", { path: "/local/made-by-default" })).toMatchObject({ code: 200 });
      expect(await call("/api/fs/get", { path: "/local/made-by-default" })).toMatchObject({
        code: 200,
        data: { name: "made-by-default", is_dir: true },
      });
      expect(mock.violations).toEqual([]);
    } finally {
      await mock.stop();
    }
  });

  it("serves the spec on a free 127.0.0.1 port and frees it on stop", async () => {
    const mock = await startMock({ mode: "static" });
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${mock.url}/api/auth/login/hash`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Prefer: "example=otpRequired" },
      body: JSON.stringify({ username: "admin", password: "x" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 402, message: "Invalid 2FA code", data: null });
    // tokenInvalidated is a shared example (a $ref to components/examples): Prism follows it.
    const shared = await fetch(`${mock.url}/api/fs/get`, {
      method: "POST",
      headers: { Authorization: "any", "Content-Type": "application/json", Prefer: "example=tokenInvalidated" },
      body: JSON.stringify({ path: "/x" }),
    });
    expect(await shared.json()).toEqual({ code: 401, message: "token is invalidated", data: null });
    await mock.stop();
    await expect(fetch(`${mock.url}/api/auth/login/hash`, { method: "POST" })).rejects.toThrow();
  });

  it("static: a port taken before Prism could bind it is replaced by another; a port the caller gave is kept", async () => {
    const squatter = await listen((_req, res) => res.end("not Prism"));
    const taken = Number(new URL(squatter.url).port);
    const offered: number[] = [];
    const pickPort = async () => {
      const spare = await listen(() => {});
      await spare.close();
      offered.push(offered.length === 0 ? taken : Number(new URL(spare.url).port));
      return offered.at(-1) as number;
    };
    try {
      const mock = await startStaticMock({}, pickPort);
      try {
        expect(offered).toHaveLength(2);
        expect(offered[0]).toBe(taken);
        expect(mock.port).toBe(offered[1]);
        expect((await fetch(`${mock.url}/api/public/settings`)).status).toBe(200);
      } finally {
        await mock.stop();
      }
      await expect(startStaticMock({ port: taken })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await squatter.close();
    }
  }, 60_000);

  it("fails with Prism's words when the spec cannot be served", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mock-spec-"));
    const spec = join(dir, "broken.yaml");
    await writeFile(spec, "openapi: 3.1.0\npaths: [not, a, map\n");
    try {
      await expect(startMock({ mode: "static", specPath: spec, startTimeoutMs: 20_000 })).rejects.toThrow(/Prism/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
