/**
 * Turns an HTTP answer into the envelope's `data`, or the right error. AList answers every
 * /api call with HTTP 200 and puts the real status in `code`; anything else (HTML from a
 * wrong route, an empty HTTP 405 or 500, broken JSON) is not the API talking.
 */
import { AlistError, AlistOtpError, AlistProtocolError } from "./errors.js";
import { excerpt } from "./excerpt.js";

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

function describeBody(text: string): string {
  if (text.length === 0) return "an empty body";
  return `"${excerpt(text)}"`;
}

/**
 * Parses and checks the envelope; throws for anything that is not `{code: 200, ...}`. The
 * parsed JSON is taken as the spec's type `T`; the fields the client relies on are checked
 * where they are used (api/answer-checks.ts, api/obj-check.ts).
 */
export function unwrapEnvelope<T>(
  operation: string,
  answer: RawAnswer,
  otpSent?: boolean,
): { data: T; message: string } {
  const { status, contentType, text } = answer;
  const refuse = (reason: string) => new AlistProtocolError(operation, status, contentType, reason);
  if (status !== 200) {
    throw refuse(`HTTP ${status} with ${contentType || "no content type"} and ${describeBody(text)}`);
  }
  if (!/^application\/(.+\+)?json\b/i.test(contentType)) {
    const mediaType = contentType.split(";")[0]?.trim() || "no content type";
    const hint = /html/i.test(mediaType) ? " (a wrong route or method answers with the web page)" : "";
    throw refuse(`${mediaType} instead of JSON${hint}`);
  }
  let body: { code: unknown; message: unknown; data: T };
  try {
    body = JSON.parse(text);
  } catch {
    throw refuse(`malformed JSON: ${describeBody(text)}`);
  }
  if (!isEnvelope(body)) throw refuse(`JSON without the {code, message, data} envelope: ${describeBody(text)}`);
  const { code, message } = body;
  if (code === 200) return { data: body.data, message };
  if (code === 402 && otpSent !== undefined) throw new AlistOtpError(message, operation, !otpSent);
  throw new AlistError(code, message, operation);
}

function isEnvelope<T>(value: {
  code: unknown;
  message: unknown;
  data: T;
}): value is { code: number; message: string; data: T } {
  if (typeof value !== "object" || value === null) return false;
  return Number.isInteger(value.code) && typeof value.message === "string" && "data" in value;
}
