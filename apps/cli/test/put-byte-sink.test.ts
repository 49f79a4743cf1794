/**
 * `alist put` against a local byte sink (Prism buffers bodies and caps them at 10 MB): the
 * headers are right, and a 512 MiB file arrives intact while the CLI's peak RSS stays far
 * below the file's size.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { open, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { byteSink } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSandbox, runCli, type Sandbox, startCli } from "./support/cli.js";

let sandbox: Sandbox;
let sink: Awaited<ReturnType<typeof byteSink>>;
beforeAll(async () => {
  sandbox = await makeSandbox();
  sink = await byteSink();
});
afterAll(async () => {
  await sink.close();
  await sandbox.remove();
});

/** Writes `mib` MiB, each 1 MiB block different (so lost or repeated blocks change the hash); returns the sha256. */
async function makeFile(path: string, mib: number): Promise<string> {
  const hash = createHash("sha256");
  const file = await open(path, "w");
  const block = createHash("sha512").update("seed").digest();
  const chunk = Buffer.alloc(1024 * 1024);
  for (let offset = 0; offset < chunk.length; offset += block.length) block.copy(chunk, offset);
  for (let i = 0; i < mib; i++) {
    chunk.writeUInt32LE(i, 0);
    chunk.writeUInt32LE(Math.imul(i, 2654435761) >>> 0, chunk.length - 4);
    hash.update(chunk);
    await file.write(chunk);
  }
  await file.close();
  return hash.digest("hex");
}

/** The peak resident set (VmHWM) of a live process, in bytes; 0 once it has gone. */
function peakRss(pid: number): number {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

describe("alist put to a byte sink", () => {
  it("sends the headers the server reads: File-Path, Content-Length, Last-Modified, the options", async () => {
    const path = join(sandbox.dir, "notes 2024+.txt");
    await writeFile(path, "some notes\n");
    const mtime = new Date(1_715_924_875_417);
    await utimes(path, mtime, mtime);
    const result = await runCli(sandbox, [
      "--server",
      sink.url,
      "--token",
      "sink-token",
      "put",
      path,
      "/local/docs/",
      "--no-overwrite",
      "--as-task",
      "--password",
      "folder-pw",
    ]);
    expect(result.code).toBe(0);
    // stderr is not a terminal: no progress bar, nothing at all.
    expect(result.stderr).toBe("");
    const got = sink.received.at(-1);
    expect(got?.method).toBe("PUT");
    expect(got?.url).toBe("/api/fs/put");
    expect(got?.headers["file-path"]).toBe(encodeURIComponent("/local/docs/notes 2024+.txt"));
    expect(got?.headers["content-length"]).toBe("11");
    expect(got?.headers["last-modified"]).toBe(String(mtime.getTime()));
    expect(got?.headers.overwrite).toBe("false");
    expect(got?.headers["as-task"]).toBe("true");
    expect(got?.headers.password).toBe("folder-pw");
    expect(got?.headers.authorization).toBe("sink-token");
    expect(got?.bytes).toBe(11);
  });

  it("a 512 MiB file arrives intact and the CLI's peak RSS stays far below its size", async () => {
    const size = 512 * 1024 * 1024;
    const path = join(sandbox.dir, "big.bin");
    const sha256 = await makeFile(path, 512);
    const started = performance.now();
    const { child, done } = startCli(sandbox, ["--server", sink.url, "--token", "t", "--json", "put", path, "/big/"]);
    let peak = 0;
    const poll = setInterval(() => {
      peak = Math.max(peak, peakRss(child.pid ?? 0));
    }, 20);
    const result = await done.finally(() => clearInterval(poll));
    const seconds = (performance.now() - started) / 1000;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const got = sink.received.at(-1);
    expect(got?.bytes).toBe(size);
    expect(got?.sha256).toBe(sha256);
    expect(got?.headers["file-path"]).toBe(encodeURIComponent("/big/big.bin"));
    expect(JSON.parse(result.stdout)).toMatchObject({ remote: "/big/big.bin", size });
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(150 * 1024 * 1024);
    console.info(
      `512 MiB put: ${(size / 1024 / 1024 / seconds).toFixed(0)} MiB/s wall (CLI start included), ` +
        `peak RSS ${(peak / 1024 / 1024).toFixed(1)} MiB`,
    );
  });
});
