/**
 * Peak memory against the endless answers: a child process runs one client call against the
 * hostile server (bodies that never end) while its VmHWM is read from /proc. It must fail
 * cleanly and stay under 150 MB; a client that buffers is killed at 400 MB (the test fails).
 */
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type HostileAttack, hostileServer, watchPeakRss } from "@alist-toolkit/testkit";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const LIMIT = 150 * 1024 * 1024;
let dir: string;
let script: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-peak-"));
  script = join(dir, "hostile-child.mjs");
  // One bundle of the child and the client's sources: the child runs plain node.
  await build({
    entryPoints: [fileURLToPath(new URL("../support/hostile-child.ts", import.meta.url))],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: script,
    logLevel: "silent",
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

function runChild(
  operation: string,
  url: string,
): Promise<{ result: { name?: string; message?: string }; peak: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, operation, url, dir], { stdio: ["ignore", "pipe", "inherit"] });
    const watch = watchPeakRss(child.pid ?? 0, { killAboveBytes: 400 * 1024 * 1024 });
    let stdout = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      const peak = watch.stop();
      if (signal) return reject(new Error(`the child was killed (${signal}) at a peak RSS of ${peak} bytes`));
      try {
        resolve({ result: JSON.parse(stdout), peak });
      } catch {
        reject(new Error(`the child exited ${code} without a result`));
      }
    });
  });
}

describe.each<[HostileAttack, string, RegExp]>([
  ["endless-json", "list", /larger than 16 MiB/],
  ["huge-json", "list", /larger than 16 MiB/],
  ["endless-json", "put", /larger than 64 KiB/],
  ["endless-error", "get", /HTTP 500 instead of the file/],
  ["endless-body", "get", /more than the 1000000 bytes/],
])("%s (%s)", (attack, operation, message) => {
  it(`fails with ${message} and the peak RSS stays under 150 MB`, { timeout: 60_000 }, async () => {
    const server = await hostileServer(attack);
    try {
      const { result, peak } = await runChild(operation, server.url);
      expect(result.message).toMatch(message);
      expect(peak).toBeGreaterThan(0);
      expect(peak).toBeLessThan(LIMIT);
      console.info(`${attack} (${operation}): peak RSS ${(peak / 1024 / 1024).toFixed(1)} MiB`);
    } finally {
      await server.close();
    }
  });
});
