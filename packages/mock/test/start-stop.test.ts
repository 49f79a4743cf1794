import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startMock } from "../src/index.js";

describe("startMock", () => {
  it("serves the spec on a free 127.0.0.1 port and frees it on stop", async () => {
    const mock = await startMock();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${mock.url}/api/auth/login/hash`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Prefer: "example=otpRequired" },
      body: JSON.stringify({ username: "admin", password: "x" }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 402, message: "Invalid 2FA code", data: null });
    await mock.stop();
    await expect(fetch(`${mock.url}/api/auth/login/hash`, { method: "POST" })).rejects.toThrow();
  });

  it("fails with Prism's words when the spec cannot be served", async () => {
    const dir = await mkdtemp(join(tmpdir(), "mock-spec-"));
    const spec = join(dir, "broken.yaml");
    await writeFile(spec, "openapi: 3.1.0\npaths: [not, a, map\n");
    try {
      await expect(startMock({ specPath: spec, startTimeoutMs: 20_000 })).rejects.toThrow(/Prism/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
