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

/** Accepts uploads like fs/put: hashes the body as it streams, then answers success. */
export async function byteSink(): Promise<Listening & { received: ReceivedUpload[] }> {
  const received: ReceivedUpload[] = [];
  const sink = await listen((req, res) => {
    const hash = createHash("sha256");
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      hash.update(chunk);
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
  return { ...sink, received };
}
