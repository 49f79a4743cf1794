/**
 * Reads a small answer body whole, up to a cap: a server that sends an endless or huge body
 * gets its connection destroyed at the cap instead of filling memory.
 */
import type { IncomingMessage } from "node:http";
import { BodyTooLargeError, JSON_BODY_MAX_BYTES } from "./body-limits.js";

export {
  BodyTooLargeError,
  describeBytes,
  ERROR_BODY_MAX_BYTES,
  JSON_BODY_MAX_BYTES,
  UPLOAD_ANSWER_MAX_BYTES,
} from "./body-limits.js";

export interface ReadTextOptions {
  /** The most bytes to take (default JSON_BODY_MAX_BYTES). */
  limit?: number;
  /** Called for each chunk that arrives (e.g. to reset an idle timer). */
  onData?: () => void;
}

/** Reads a whole (small) answer body as text (events: cheaper than async iteration). */
export async function readText(res: IncomingMessage, options: ReadTextOptions = {}): Promise<string> {
  return (await readBytes(res, options)).toString("utf8");
}

/** Reads a whole (small) answer body, up to its cap. */
export function readBytes(res: IncomingMessage, options: ReadTextOptions = {}): Promise<Buffer> {
  const limit = options.limit ?? JSON_BODY_MAX_BYTES;
  return new Promise((resolve, reject) => {
    const tooLarge = () => {
      // Settled first: destroying the answer reports it as cut short.
      reject(new BodyTooLargeError(limit, res.statusCode ?? 0, res.headers["content-type"] ?? ""));
      res.destroy();
    };
    const declared = Number(res.headers["content-length"]);
    if (declared > limit) return tooLarge();
    const chunks: Buffer[] = [];
    let bytes = 0;
    res.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes > limit) return tooLarge();
      chunks.push(chunk);
      options.onData?.();
    });
    res.once("end", () => resolve(chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks)));
    res.once("error", reject);
    res.once("aborted", () => reject(new Error("the connection closed before the answer was complete")));
  });
}
