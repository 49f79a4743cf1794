import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { type Listening, listen } from "./listen.js";

export interface ReceivedUpload {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  bytes: number;
  sha256: string;
}

export interface ByteSinkOptions {
  /** Pause this long after each chunk: a slow server, for cancelling uploads mid-way. */
  chunkDelayMs?: number;
}

/** Accepts uploads like fs/put: hashes the body as it streams, then answers success. */
export async function byteSink(
  options: ByteSinkOptions = {},
): Promise<Listening & { received: ReceivedUpload[]; progress: { bytes: number } }> {
  const received: ReceivedUpload[] = [];
  /** Bytes of the upload in progress, for tests that act mid-way. */
  const progress = { bytes: 0 };
  const sink = await listen((req, res) => {
    const hash = createHash("sha256");
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      progress.bytes = bytes;
      hash.update(chunk);
      if (options.chunkDelayMs) {
        req.pause();
        setTimeout(() => req.resume(), options.chunkDelayMs);
      }
    });
    req.on("end", () => {
      received.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        bytes,
        sha256: hash.digest("hex"),
      });
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ code: 200, message: "success", data: null }));
    });
  });
  return { ...sink, received, progress };
}
