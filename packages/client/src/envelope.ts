/**
 * Turns an HTTP answer into the envelope's `data`, or the right error. AList answers every
 * /api call with HTTP 200 and puts the real status in `code`; anything else (HTML from a
 * wrong route, an empty HTTP 405 or 500, broken JSON) is not the API talking.
 */
import { AlistError, AlistOtpError, AlistProtocolError } from "./errors.js";
import { excerpt } from "./excerpt.js";

export interface Envelope {
  code: number;
  message: string;
  data: unknown;
}

export interface RawAnswer {
  status: number;
  contentType: string;
  text: string;
}

function describeBody(text: string): string {
  if (text.length === 0) return "an empty body";
  return `"${excerpt(text)}"`;
}

/** Parses and checks the envelope; throws for anything that is not `{code: 200, ...}`. */
export function unwrapEnvelope(operation: string, answer: RawAnswer, otpSent?: boolean): unknown {
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
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw refuse(`malformed JSON: ${describeBody(text)}`);
  }
  if (!isEnvelope(body)) throw refuse(`JSON without the {code, message, data} envelope: ${describeBody(text)}`);
  if (body.code === 200) return body.data;
  if (body.code === 402 && otpSent !== undefined) throw new AlistOtpError(body.message, operation, !otpSent);
  throw new AlistError(body.code, body.message, operation);
}

function isEnvelope(value: unknown): value is Envelope {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return Number.isInteger(record.code) && typeof record.message === "string" && "data" in record;
}
