/**
 * `--record DIR`: every exchange as one JSON file, `NNNN-<operationId>.json`, with secrets
 * replaced by placeholders so real answers can be kept. The format is documented in the README
 * ("Record format") and read back by `validateRecordedExchange`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Redact } from "../redact.js";
import type { Exchange, Intent } from "./exchange.js";

export const RECORD_FORMAT = "alist-contract-exchange/1";

export interface RecordedExchange {
  format: typeof RECORD_FORMAT;
  operationId: string;
  case: string;
  /** What the case expected (e.g. `unknown-route` for a task type no server has). */
  intent: Intent;
  request: { method: string; path: string; headers: Record<string, string>; body: unknown };
  response: { status: number; contentType: string; body: unknown };
}

/** Keys whose values are secrets wherever they appear, with the placeholder that replaces them. */
const SECRET_KEYS: Record<string, string> = {
  password: "<password>",
  token: "<token>",
  otp_code: "<otp>",
  code: "<otp>",
  secret: "<secret>",
  // The placeholder keeps the schema's data-URL prefix, so a capture still validates.
  qr: "data:image/png;base64,<qr>",
  sign: "<sign>",
};
/** In these operations `code` at the top of the request is a one-time code, not the envelope's. */
const SECRET_HEADERS = new Set(["authorization", "password"]);

function scrub(value: unknown, inRequest: boolean, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((item) => scrub(item, inRequest, depth + 1));
  if (typeof value === "string") return value.replace(/([?&]sign=)[^&#"]*/g, "$1<sign>");
  if (typeof value !== "object" || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const placeholder = SECRET_KEYS[key];
      // The envelope's own `code` (a number) is data, not a one-time code.
      const secret =
        placeholder !== undefined && typeof item === "string" && item !== "" && (key !== "code" || inRequest);
      return [key, secret ? placeholder : scrub(item, inRequest, depth + 1)];
    }),
  );
}

export function toRecorded(exchange: Exchange, redact: Redact): RecordedExchange {
  const headers = Object.fromEntries(
    Object.entries(exchange.request.headers).map(([name, value]) => [
      name,
      SECRET_HEADERS.has(name.toLowerCase()) ? (exchange.auth === "bad" ? value : "<token>") : value,
    ]),
  );
  const raw = exchange.request.rawBody;
  const requestBody = raw !== undefined ? raw : scrub(exchange.request.body, true);
  const answer = exchange.answer;
  const responseBody =
    answer.json !== undefined ? scrub(answer.json, false) : answer.error ? `<${answer.error}>` : answer.text;
  const recorded: RecordedExchange = {
    format: RECORD_FORMAT,
    operationId: exchange.operationId,
    case: exchange.label,
    intent: exchange.intent,
    request: {
      method: exchange.request.method,
      path: scrub(exchange.request.path, false) as string,
      headers,
      body: requestBody ?? null,
    },
    response: { status: answer.status, contentType: answer.contentType, body: responseBody },
  };
  // Last, whatever a server echoed: the run's own secrets anywhere in the text.
  return JSON.parse(redact(JSON.stringify(recorded))) as RecordedExchange;
}

export class Recorder {
  constructor(
    private readonly dir: string,
    private readonly redact: Redact,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  write(exchange: Exchange): void {
    const name = `${String(exchange.seq).padStart(4, "0")}-${exchange.operationId}.json`;
    writeFileSync(join(this.dir, name), `${JSON.stringify(toRecorded(exchange, this.redact), null, 2)}\n`);
  }
}
