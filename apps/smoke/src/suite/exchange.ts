/** One request the suite sent and what came back: the unit every check and report works on. */

export interface SentRequest {
  method: string;
  /** Path and query, e.g. `/api/task/upload/info?tid=abc`. */
  path: string;
  headers: Record<string, string>;
  /** A JSON value (sent as JSON), a string or bytes (sent raw), or nothing. */
  body?: unknown;
  /** Set when `body` is raw text or bytes rather than JSON. */
  rawBody?: string;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
  /** The parsed body when it was JSON that parsed. */
  json?: unknown;
  /** Why the body could not be read (connection reset, timeout). */
  error?: string;
}

/** What a case expects: the check that judges the outcome beyond the per-answer checks. */
export type Intent =
  | "positive"
  | "answer"
  | "negative"
  /** A request the spec says servers accept though it is incomplete: only the per-answer checks. */
  | "lenient"
  /** A path naming no route (an unknown task type): the spec says the web page answers. */
  | "unknown-route"
  /** A route some server lines lack (the spec's x-not-on-every-line): the web page, or a positive answer. */
  | "optional-route"
  | "no-token"
  | "bad-token"
  | "gone"
  | "present";

export interface Exchange {
  seq: number;
  operationId: string;
  /** A short name for the case, e.g. `missing path`, `no token`. */
  label: string;
  intent: Intent;
  request: SentRequest;
  answer: Answer;
  /** Which token the request carried: the run's, a deliberately bad one, or none. */
  auth: "token" | "bad" | "none";
  ms: number;
}
