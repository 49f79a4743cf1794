/**
 * The CLI against a server that fails the way real deployments do: every fault ends in one
 * clear line on stderr and the documented exit code, never a stack trace or a success.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { type Fault, faultServer, freePortUrl, REAL_MESSAGES } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSandbox, runCli, type Sandbox } from "./support/cli.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await makeSandbox();
});
afterAll(() => sandbox.remove());

async function statAgainst(fault: Fault, extra: string[] = []) {
  const server = await faultServer(() => fault);
  try {
    const result = await runCli(sandbox, ["--server", server.url, "--token", "tok", ...extra, "stat", "/a.txt"]);
    return { ...result, requests: server.seen.length };
  } finally {
    await server.close();
  }
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function expectOneLine(stderr: string) {
  const lines = stderr.trim().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^alist: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("HTTP 200 with an error code: exit 3 for auth, 1 otherwise", () => {
  it.each(Object.entries(REAL_MESSAGES))("code %s", async (code, message) => {
    const result = await statAgainst({ kind: "code", code: Number(code) });
    expect(result.code).toBe([401, 402, 429].includes(Number(code)) ? 3 : 1);
    // Auth failures add what to do next, e.g. ": log in again with `alist login`".
    expect(result.stderr.trim()).toMatch(
      new RegExp(`^alist: stat /a\\.txt: ${escapeRegExp(message)} \\(code ${code}\\)(: .+)?$`),
    );
    expectOneLine(result.stderr);
    expect(result.stdout).toBe("");
  });
});

describe("answers that are not the API: exit 1 with what came back", () => {
  it.each<[string, Fault, RegExp]>([
    ["200 text/html", { kind: "html" }, /text\/html instead of JSON/],
    ["HTTP 405, empty body", { kind: "empty", status: 405 }, /HTTP 405/],
    ["HTTP 500, empty body", { kind: "empty", status: 500 }, /HTTP 500/],
    ["truncated JSON", { kind: "truncated" }, /malformed JSON/],
  ])("%s", async (_name, fault, pattern) => {
    const result = await statAgainst(fault);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(pattern);
    expectOneLine(result.stderr);
  });

  it("'Loading storage, please wait' is retried, then reported", async () => {
    const result = await statAgainst({ kind: "loading" });
    expect(result.code).toBe(1);
    expect(result.stderr.trim()).toBe("alist: stat /a.txt: Loading storage, please wait (code 500)");
    expect(result.requests).toBe(3);
  });
});

describe("network faults: exit 1", () => {
  it("an answer slower than --timeout", async () => {
    const started = Date.now();
    const result = await statAgainst({ kind: "slow", ms: 10_000, answer: { kind: "ok", data: {} } }, [
      "--timeout",
      "0.3",
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/did not answer within 0\.3 s/);
    expectOneLine(result.stderr);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it("connection refused", async () => {
    const result = await runCli(sandbox, ["--server", await freePortUrl(), "--token", "tok", "stat", "/a.txt"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/connection refused/);
    expectOneLine(result.stderr);
  });

  it.each<[string, Fault]>([
    ["a reset during the upload", { kind: "reset", afterBytes: 64 * 1024 }],
    ["the server closing before it read the body", { kind: "close" }],
  ])("%s: a failed upload, never a success", async (_name, fault) => {
    const file = join(sandbox.dir, "upload.bin");
    await writeFile(file, Buffer.alloc(4 * 1024 * 1024, 7));
    const server = await faultServer(() => fault);
    try {
      const result = await runCli(sandbox, ["--server", server.url, "--token", "tok", "put", file, "/up/upload.bin"]);
      expect(result.code).toBe(1);
      expectOneLine(result.stderr);
      expect(result.stdout).toBe("");
    } finally {
      await server.close();
    }
  });
});

describe("tasks on a server line without a queue (alist v3.45 has no move queue)", () => {
  const emptyQueues = (req: { url?: string }) =>
    req.url?.startsWith("/api/task/move/") ? ({ kind: "html" } as const) : ({ kind: "ok", data: [] } as const);

  it("listing every queue skips the one answered with the web page", async () => {
    const server = await faultServer(emptyQueues);
    try {
      const result = await runCli(sandbox, ["--server", server.url, "--token", "tok", "--json", "tasks"]);
      expect(result.code).toBe(0);
      expect(JSON.parse(result.stdout)).toEqual({ tasks: [] });
      expect(server.seen.filter((seen) => seen.path.startsWith("/api/task/move/"))).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it("asking for that queue by name is still an error (exit 1)", async () => {
    const server = await faultServer(emptyQueues);
    try {
      const result = await runCli(sandbox, ["--server", server.url, "--token", "tok", "tasks", "move"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/text\/html instead of JSON/);
      expectOneLine(result.stderr);
    } finally {
      await server.close();
    }
  });
});
