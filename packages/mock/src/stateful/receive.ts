/**
 * Takes an upload's bytes: kept in memory up to a few MiB, written to a file in the mock's temp
 * folder beyond that, so a 1 GiB upload costs disk, not memory. The sha1 is computed on the way.
 */
import { createHash, randomBytes } from "node:crypto";
import { type FileHandle, open, rm } from "node:fs/promises";
import { join } from "node:path";
import { type Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Content } from "./tree.js";

export const IN_MEMORY_LIMIT = 4 * 1024 * 1024;

export interface Received {
  content: Content;
  size: number;
  sha1: string;
}

class SpillWriter extends Writable {
  chunks: Buffer[] = [];
  size = 0;
  file?: FileHandle;
  /** Set once the upload outgrows memory and its file is opened. */
  path?: string;
  readonly hash = createHash("sha1");

  constructor(readonly spillDir: () => Promise<string>) {
    super({ highWaterMark: 1024 * 1024 });
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.hash.update(chunk);
    this.size += chunk.length;
    if (!this.file && this.size <= IN_MEMORY_LIMIT) {
      this.chunks.push(chunk);
      done();
      return;
    }
    this.spill(chunk).then(() => done(), done);
  }

  private async spill(chunk: Buffer): Promise<void> {
    if (!this.file) {
      this.path = join(await this.spillDir(), `upload-${randomBytes(8).toString("hex")}`);
      this.file = await open(this.path, "w", 0o600);
      const buffered = Buffer.concat(this.chunks);
      this.chunks = [];
      await this.file.write(buffered);
    }
    await this.file.write(chunk);
  }

  override _final(done: (error?: Error | null) => void): void {
    if (!this.file) {
      done();
      return;
    }
    this.file.close().then(() => done(), done);
  }
}

/** Reads a body to its end; a body cut short rejects and leaves nothing behind. */
export async function receive(body: Readable, spillDir: () => Promise<string>): Promise<Received> {
  const writer = new SpillWriter(spillDir);
  try {
    await pipeline(body, writer);
  } catch (error) {
    await writer.file?.close().catch(() => undefined);
    if (writer.path) await rm(writer.path, { force: true });
    throw error;
  }
  const content: Content = writer.path
    ? { kind: "disk", path: writer.path }
    : { kind: "bytes", bytes: Buffer.concat(writer.chunks) };
  return { content, size: writer.size, sha1: writer.hash.digest("hex").toUpperCase() };
}
