/** fs/put and fs/form: bytes stored, Overwrite false, As-Task, Content-Length, temp files. */
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, statSync } from "node:fs";
import { request } from "node:http";
import { join } from "node:path";
import { Readable } from "node:stream";
import { createAlistClient } from "@alist-toolkit/client";
import { describe, expect, it } from "vitest";
import { startMock } from "../../src/index.js";
import { IN_MEMORY_LIMIT } from "../../src/stateful/receive.js";
import { useMock } from "./support.js";

const h = useMock();

async function bytesAt(path: string): Promise<Buffer> {
  const file = await h.admin.fsGet({ path });
  return Buffer.from(await (await fetch(file.raw_url)).arrayBuffer());
}

describe("stateful mock: uploads", () => {
  it("put stores the bytes; they list with their size and download unchanged", async () => {
    const bytes = randomBytes(70_000);
    await h.admin.upload(Readable.from([bytes]), "/local/Backups/blob.bin", { size: bytes.length });
    const listed = (await h.admin.fsList({ path: "/local/Backups" })).content.find((e) => e.name === "blob.bin");
    expect(listed?.size).toBe(bytes.length);
    expect((await bytesAt("/local/Backups/blob.bin")).equals(bytes)).toBe(true);
  });

  it("a file above the in-memory limit goes to the temp folder, whole and with its sha1", async () => {
    const bytes = randomBytes(6 * 1024 * 1024);
    await h.admin.upload(Readable.from([bytes]), "/115/Backups/big.bin", { size: bytes.length });
    expect((await bytesAt("/115/Backups/big.bin")).equals(bytes)).toBe(true);
    const sha1 = (await import("node:crypto")).createHash("sha1").update(bytes).digest("hex").toUpperCase();
    expect((await h.admin.fsGet({ path: "/115/Backups/big.bin" })).hash_info).toEqual({ sha1 });
    const spilled = readdirSync(h.mock.tempDir).map((name) => statSync(join(h.mock.tempDir, name)).size);
    expect(spilled).toContain(bytes.length);
  });

  it("the temp folder is made by the first upload too big for memory and removed when the mock stops", async () => {
    const mock = await startMock({ mode: "stateful" });
    try {
      const client = createAlistClient({ baseUrl: mock.url, retry: false });
      const admin = createAlistClient({
        baseUrl: mock.url,
        retry: false,
        token: (await client.login({ username: "admin", password: "admin" })).token,
      });
      await admin.upload(Readable.from([Buffer.from("small")]), "/local/Backups/small.txt", { size: 5 });
      // Nothing on disk yet: a mock killed outright now leaves no folder behind.
      expect(existsSync(mock.tempDir)).toBe(false);
      const big = randomBytes(IN_MEMORY_LIMIT + 1);
      await admin.upload(Readable.from([big]), "/local/Backups/big.bin", { size: big.length });
      expect(statSync(mock.tempDir).mode & 0o777).toBe(0o700);
      expect(readdirSync(mock.tempDir)).toHaveLength(1);
    } finally {
      await mock.stop();
    }
    expect(existsSync(mock.tempDir)).toBe(false);
  });

  it("Overwrite: false refuses an existing file with 403 'file exists' and keeps it", async () => {
    await h.admin.upload(Readable.from([Buffer.from("first")]), "/local/Backups/keep.txt", { size: 5 });
    await expect(
      h.admin.upload(Readable.from([Buffer.from("second")]), "/local/Backups/keep.txt", { size: 6, overwrite: false }),
    ).rejects.toMatchObject({ code: 403, serverMessage: "file exists" });
    expect((await bytesAt("/local/Backups/keep.txt")).toString()).toBe("first");
  });

  it("As-Task answers an upload task that completes, then the file is there", async () => {
    const result = await h.admin.upload(Readable.from([Buffer.from("queued")]), "/local/Backups/task.txt", {
      size: 6,
      asTask: true,
    });
    expect(result.task).toMatchObject({
      state: 0,
      status: "uploading",
      total_bytes: 6,
      name: "upload task.txt to [/local](/Backups)",
    });
    const done = await h.admin.waitForTask("upload", result.task?.id as string, { intervalMs: 100 });
    expect(done.state).toBe(2);
    expect((await bytesAt("/local/Backups/task.txt")).toString()).toBe("queued");
  });

  it("form upload stores the part named file", async () => {
    await h.admin.uploadForm(new Blob(["form bytes"]), "/local/Backups/form.txt");
    expect((await bytesAt("/local/Backups/form.txt")).toString()).toBe("form bytes");
  });

  it("refuses a bad File-Path escape, a missing storage and a read-only user with AList's messages", async () => {
    const put = (filePath: string, token = h.token()) =>
      fetch(`${h.mock.url}/api/fs/put`, {
        method: "PUT",
        headers: { Authorization: token, "File-Path": filePath, "Content-Type": "application/octet-stream" },
        body: "x",
      }).then((res) => res.json());
    expect(await put("/local/%zz.txt")).toMatchObject({ code: 400, message: 'invalid URL escape "%zz"' });
    expect(await put("/nowhere/a.txt")).toMatchObject({
      code: 500,
      message: "failed get storage: storage not found; rawPath: /nowhere/a.txt",
    });
    const reader = await h.as("reader", "reader");
    await expect(reader.upload(Readable.from([Buffer.from("x")]), "/local/x.txt", { size: 1 })).rejects.toMatchObject({
      code: 403,
      serverMessage: "permission denied",
    });
  });

  it("a body cut short of its Content-Length stores nothing, and the mock carries on", async () => {
    const url = new URL(`${h.mock.url}/api/fs/put`);
    await new Promise<void>((done) => {
      const req = request({
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "PUT",
        headers: { Authorization: h.token(), "File-Path": "/local/Backups/cut.bin", "Content-Length": "1000" },
      });
      req.on("error", () => done());
      req.write(Buffer.alloc(10));
      setTimeout(() => {
        req.destroy();
        done();
      }, 200);
    });
    await new Promise((done) => setTimeout(done, 100));
    const names = (await h.admin.fsList({ path: "/local/Backups" })).content.map((entry) => entry.name);
    expect(names).not.toContain("cut.bin");
    expect(await h.admin.me()).toMatchObject({ username: "admin" });
  });
});
