/** uploadForm over the production transport, against a server that records the multipart body it receives. */
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdir, mkdtemp, rm, stat, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchedStream } from "../../src/api/form-upload.js";
import { createAlistClient, LocalFileError } from "../../src/index.js";
import { observedClient, ok, type SeenRequest } from "../support/observed-client.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "form-upload-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Reads the form back the way a server would. */
async function parseForm(upload: SeenRequest): Promise<FormData> {
  return new Response(new Uint8Array(upload.bytes), {
    headers: { "Content-Type": String(upload.headers["content-type"]) },
  }).formData();
}

describe("uploadForm (PUT /api/fs/form)", () => {
  it("sends a local file as the single `file` part, with fs/put's headers and a true Content-Length", async () => {
    const bytes = randomBytes(3 * 1024 * 1024 + 7);
    const path = join(dir, "clip.mp4");
    await writeFile(path, bytes);
    const { client, seen } = await observedClient(() => ok(null), { token: "t0ken" });

    const result = await client.uploadForm(path, "/local/Videos/clip 1.mp4", { overwrite: false, asTask: true });

    expect(result).toEqual({ size: bytes.length });
    const upload = seen.at(-1) as SeenRequest;
    expect(upload.method).toBe("PUT");
    expect(upload.url.pathname).toBe("/api/fs/form");
    expect(upload.headers["file-path"]).toBe(encodeURIComponent("/local/Videos/clip 1.mp4"));
    expect(upload.headers["as-task"]).toBe("true");
    expect(upload.headers.overwrite).toBe("false");
    expect(upload.headers["last-modified"]).toBe(String(Math.floor((await stat(path)).mtimeMs)));
    expect(upload.headers.authorization).toBe("t0ken");
    expect(upload.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(upload.headers["content-length"])).toBe(upload.bytes.length);
    const form = await parseForm(upload);
    expect([...form.keys()]).toEqual(["file"]);
    const file = form.get("file") as File;
    expect(file.name).toBe("clip 1.mp4");
    expect(file.type).toBe("application/octet-stream");
    expect(Buffer.from(await file.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("sends a Blob with the caller's content type; a File keeps its own name", async () => {
    const { client, seen } = await observedClient(() => ok(null), { token: "t0ken" });
    const note = new File(['say "hi"\n'], 'note "v2".txt', { type: "text/plain" });
    await client.uploadForm(note, "/local/Notes/today.txt", { contentType: "text/markdown" });
    const form = await parseForm(seen.at(-1) as SeenRequest);
    const file = form.get("file") as File;
    expect(file.type).toBe("text/markdown");
    expect(file.name).toBe('note "v2".txt');
    expect(await file.text()).toBe('say "hi"\n');
  });

  it("a missing file or a folder is a LocalFileError and nothing is sent", async () => {
    const { client, seen } = await observedClient(() => ok(null), { token: "t0ken" });
    await mkdir(join(dir, "folder"));
    await expect(client.uploadForm(join(dir, "missing.bin"), "/local/x")).rejects.toThrow(LocalFileError);
    await expect(client.uploadForm(join(dir, "missing.bin"), "/local/x")).rejects.toThrow("no such file");
    await expect(client.uploadForm(join(dir, "folder"), "/local/x")).rejects.toThrow("is a directory");
    expect(seen).toHaveLength(0);
  });

  it("a file cut short after it was opened fails with LocalFileError, promptly and without an uncaught error", async () => {
    const path = join(dir, "shrinking.bin");
    await writeFile(path, randomBytes(32 * 1024 * 1024));
    // Holds the body back until the file has been cut, so the client is still reading it then.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = await listen(async (req, res) => {
      req.pause();
      await held;
      req.resume();
      req.on("end", () => res.end());
      req.on("error", () => {});
    });
    try {
      const client = createAlistClient({ baseUrl: slow.url, token: "t0ken" });
      const upload = client.uploadForm(path, "/local/shrinking.bin").catch((e) => e);
      await once(slow.server, "request");
      await truncate(path, 1024);
      release();
      const failure = await upload;
      expect(failure).toBeInstanceOf(LocalFileError);
      expect(failure.message).toContain("could not be read to the end");
    } finally {
      release();
      await slow.close();
    }
  });
});

describe("the form body stream", () => {
  /** A Blob whose bytes never come: every read stays pending, or fails when `failing`. */
  class StuckBlob extends Blob {
    constructor(private readonly failing = false) {
      super([]);
    }
    override stream(): ReadableStream<Uint8Array<ArrayBuffer>> {
      const failing = this.failing;
      return new ReadableStream({
        pull: () => (failing ? Promise.reject(new Error("EIO: the disk failed")) : new Promise(() => {})),
      });
    }
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));

  it("torn down with a read in flight (a stall, an abort, a dead connection), it does not blame the file", async () => {
    const unreadable: unknown[] = [];
    const body = watchedStream(
      new StuckBlob(),
      (error) => unreadable.push(error),
      () => {},
    );
    body.on("error", () => {});
    body.resume();
    await tick();
    body.destroy(new Error("no data moved for 400 ms"));
    await tick();
    expect(unreadable).toEqual([]);
  });

  it("a read that fails on its own is the file's failure", async () => {
    const unreadable: unknown[] = [];
    const body = watchedStream(
      new StuckBlob(true),
      (error) => unreadable.push(error),
      () => {},
    );
    body.on("error", () => {});
    body.resume();
    await tick();
    expect(unreadable).toHaveLength(1);
    expect(String(unreadable[0])).toContain("EIO");
  });
});
