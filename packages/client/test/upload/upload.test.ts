/**
 * Uploads against a local byte sink (Prism caps bodies at 10 MB and buffers them): the bytes
 * arrive intact, Content-Length is true, and File-Path names the exact path.
 */
import { createHash } from "node:crypto";
import { appendFileSync, createReadStream, truncateSync } from "node:fs";
import { chmod, mkdtemp, open, rm, truncate, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { byteSink, goPathUnescape } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistInputError, createAlistClient, LocalFileError } from "../../src/index.js";
import { openFileSource, uploadHeaders } from "../../src/upload.js";

let dir: string;
let sink: Awaited<ReturnType<typeof byteSink>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-upload-"));
  sink = await byteSink();
});
afterAll(async () => {
  await sink.close();
  await rm(dir, { recursive: true, force: true });
});

const client = () => createAlistClient({ baseUrl: sink.url, token: "tok" });

/** Writes `mib` MiB of pseudo-random data in 1 MiB blocks and returns its sha256. */
async function makeFile(path: string, mib: number): Promise<string> {
  const hash = createHash("sha256");
  const file = await open(path, "w");
  const block = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < mib; i++) {
    for (let j = 0; j < block.length; j += 4) block.writeUInt32LE((i * 2654435761 + j * 40503) >>> 0, j);
    hash.update(block);
    await file.write(block);
  }
  await file.close();
  return hash.digest("hex");
}

describe("streaming upload to a byte sink", () => {
  it("a 200 MB file arrives intact with the right headers and progress", async () => {
    const path = join(dir, "big.bin");
    const sha256 = await makeFile(path, 200);
    await utimes(path, new Date(1_700_000_000_000), new Date(1_715_924_875_417));
    let lastProgress = { sent: 0, total: 0 };
    let calls = 0;
    const result = await client().upload(path, "/local/backups/big.bin", {
      onProgress: (p) => {
        calls++;
        lastProgress = p;
      },
    });
    const got = sink.received.at(-1);
    expect(got?.sha256).toBe(sha256);
    expect(got?.bytes).toBe(200 * 1024 * 1024);
    expect(got?.method).toBe("PUT");
    expect(got?.url).toBe("/api/fs/put");
    expect(got?.headers["content-length"]).toBe(String(200 * 1024 * 1024));
    expect(got?.headers["transfer-encoding"]).toBeUndefined();
    expect(got?.headers.authorization).toBe("tok");
    expect(got?.headers["last-modified"]).toBe("1715924875417");
    expect(got?.headers["content-type"]).toBe("application/octet-stream");
    expect(got?.headers["as-task"]).toBeUndefined();
    expect(result).toEqual({ size: 200 * 1024 * 1024 });
    expect(lastProgress).toEqual({ sent: 200 * 1024 * 1024, total: 200 * 1024 * 1024 });
    expect(calls).toBeGreaterThan(10);
  });

  it.each([
    "/with space/file name.txt",
    "/中文目录/文件.txt",
    "/emoji/😀 party 🎉.txt",
    "/plus/a+b=c.txt",
    "/percent/100% done.txt",
    "/hash/#1 take.txt",
    "/question/why?.txt",
  ])("File-Path for %s arrives URL-encoded and decodes to the exact path", async (remote) => {
    const path = join(dir, "small.txt");
    await writeFile(path, "hello");
    await client().upload(path, remote);
    const got = sink.received.at(-1);
    const header = String(got?.headers["file-path"]);
    expect(header).not.toMatch(/[ #?+]/);
    expect(goPathUnescape(header)).toBe(remote);
    expect(got?.bytes).toBe(5);
  });

  it("sends the optional headers exactly as the server reads them", async () => {
    const path = join(dir, "opts.txt");
    await writeFile(path, "abc");
    await client().upload(path, "/x/opts.txt", {
      asTask: true,
      overwrite: false,
      lastModified: new Date(1_600_000_000_123),
      password: "folder pw",
      hashes: { md5: "900150983cd24fb0d6963f7d28e17f72", sha1: "a9993e364706816aba3e25717850c26c9cd0d89d" },
      contentType: "text/plain",
    });
    const headers = sink.received.at(-1)?.headers ?? {};
    expect(headers["as-task"]).toBe("true");
    expect(headers.overwrite).toBe("false");
    expect(headers["last-modified"]).toBe("1600000000123");
    expect(headers.password).toBe("folder pw");
    expect(headers["x-file-md5"]).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(headers["x-file-sha1"]).toBe("a9993e364706816aba3e25717850c26c9cd0d89d");
    expect(headers["x-file-sha256"]).toBeUndefined();
    expect(headers["content-type"]).toBe("text/plain");
  });

  it("streams a Node stream of declared size, and an empty file", async () => {
    const path = join(dir, "stream-src.bin");
    const sha256 = await makeFile(path, 3);
    await client().upload(createReadStream(path), "/s.bin", { size: 3 * 1024 * 1024 });
    expect(sink.received.at(-1)?.sha256).toBe(sha256);
    const empty = join(dir, "empty.txt");
    await writeFile(empty, "");
    await client().upload(empty, "/empty.txt");
    expect(sink.received.at(-1)?.bytes).toBe(0);
    expect(sink.received.at(-1)?.headers["content-length"]).toBe("0");
  });

  it("a stream without a declared size is refused before anything is sent", async () => {
    const before = sink.received.length;
    await expect(client().upload(Readable.from(["x"]), "/s.txt")).rejects.toThrow(AlistInputError);
    expect(sink.received.length).toBe(before);
  });

  it("a stream that yields fewer bytes than declared fails instead of succeeding", async () => {
    const failure = await client()
      .upload(Readable.from([Buffer.from("abc")]), "/short.txt", { size: 10 })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect(failure.message).toMatch(/ended after 3 of 10 bytes/);
  });

  it("a stream that yields more bytes than declared fails", async () => {
    const failure = await client()
      .upload(Readable.from([Buffer.from("abcdef")]), "/long.txt", { size: 3 })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect(failure.message).toMatch(/grew past 3 bytes/);
  });
});

describe("local files that cannot be uploaded", () => {
  it("a missing file", async () => {
    const failure = await client()
      .upload(join(dir, "nope.txt"), "/n.txt")
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect(failure.message).toContain("no such file");
    // The parts a front end builds its own message from.
    expect(failure).toMatchObject({ path: join(dir, "nope.txt"), detail: "no such file" });
  });

  it("a directory", async () => {
    const failure = await client()
      .upload(dir, "/d")
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect(failure.message).toContain("is a directory");
    expect(failure.detail).toBe("is a directory, not a file");
  });

  it.skipIf(process.getuid?.() === 0)("an unreadable file", async () => {
    const path = join(dir, "secret.txt");
    await writeFile(path, "x");
    await chmod(path, 0o000);
    const failure = await client()
      .upload(path, "/s.txt")
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect(failure.message).toContain("permission denied");
  });

  it("a file that shrinks during the upload", async () => {
    const path = join(dir, "shrinks.bin");
    await makeFile(path, 8);
    const failure = await client()
      .upload(path, "/shrinks.bin", {
        onProgress: ({ sent }) => {
          // Synchronously, so the change lands while the upload is still reading.
          if (sent === 1024 * 1024) truncateSync(path, 2 * 1024 * 1024);
        },
      })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
  });
});

describe("sizes and changes the header must get right", () => {
  it("a file above 4 GiB gets its exact size in Content-Length (headers checked, nothing sent)", async () => {
    const path = join(dir, "huge-sparse.bin");
    await writeFile(path, "");
    await truncate(path, 5 * 1024 ** 3 + 7);
    const source = await openFileSource(path);
    try {
      const headers = uploadHeaders("/big/huge.bin", source, {});
      expect(headers["Content-Length"]).toBe("5368709127");
      expect(Number(headers["Content-Length"])).toBeGreaterThan(2 ** 32);
    } finally {
      source.stream.destroy();
      await source.close();
    }
  });

  it("a file that grows during the upload fails instead of succeeding", async () => {
    const path = join(dir, "grows.bin");
    await makeFile(path, 4);
    const failure = await client()
      .upload(path, "/grows.bin", {
        onProgress: ({ sent }) => {
          // Synchronously: an async append could land after the upload finished reading.
          if (sent === 1024 * 1024) appendFileSync(path, Buffer.alloc(3 * 1024 * 1024));
        },
      })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(LocalFileError);
    expect(failure.message).toMatch(/grew past|changed while it was being uploaded/);
  });
});
