/**
 * Reads a small answer body whole, up to a cap: a server that sends an endless or huge body
 * gets its connection destroyed at the cap instead of filling memory.
 */
import type { IncomingMessage } from "node:http";

/** JSON answers: far above any real listing page, far below what hurts a machine. */
export const JSON_BODY_MAX_BYTES = 16 * 1024 * 1024;
/** Error pages and refusals: only read to tell an error envelope from a web page. */
export const ERROR_BODY_MAX_BYTES = 64 * 1024;
/**
 * fs/put's answer: an envelope, at most holding a task. Uploads run many at once (`put -r`),
 * so the JSON cap per answer would add up to hundreds of MB against a server that pads them.
 */
export const UPLOAD_ANSWER_MAX_BYTES = 64 * 1024;

/** The body went past its cap; mapped to AlistProtocolError by the call that read it. */
export class BodyTooLargeError extends Error {
  override name = "BodyTooLargeError";
  constructor(
    readonly limit: number,
    readonly status: number,
    readonly contentType: string,
  ) {
    super(`the answer's body is larger than ${describeBytes(limit)}`);
  }
}

export function describeBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / 1024 / 1024} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}

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
