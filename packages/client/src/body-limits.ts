/**
 * The caps on answer bodies read whole, and the error for a body past its cap: a server that
 * sends an endless or huge body gets its connection dropped at the cap instead of filling memory.
 */

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
