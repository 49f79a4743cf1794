/**
 * The request core every API module builds on: token state, default headers, the
 * openapi-fetch client, and one call path that applies timeouts, maps failures and
 * unwraps the envelope.
 */
import createClient, { type Client } from "openapi-fetch";
import { type RawAnswer, unwrapEnvelope } from "./envelope.js";
import { AlistInputError } from "./errors.js";
import { callSignals, toClientError } from "./failures.js";
import type { paths } from "./generated/schema.js";
import { checkHeaders, checkToken } from "./header-values.js";
import { DEFAULT_IDLE_TIMEOUT_MS } from "./idle-timer.js";
import { LeanRequest, leanFetch } from "./lean-transport.js";
import { backoffDelay, DEFAULT_RETRY, isDeadToken, isTransient, type RetryPolicy, sleep } from "./resilience.js";
import { nodeFetch } from "./transport.js";

/** 30 s: fs/get can be slow (it lists the parent folder and may resolve a link). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** What every answer looked like, for tools that check answers against the spec. */
export interface AnswerInfo {
  operation: string;
  status: number;
  contentType: string;
  /** The parsed JSON body, or `undefined` when it was not JSON. */
  body: unknown;
}

export interface AlistClientOptions {
  /** The server's address, e.g. `http://127.0.0.1:5244` (a path prefix is kept). */
  baseUrl: string;
  /** A token from login or the admin's static token; sent raw in `Authorization`. */
  token?: string;
  /** Default timeout for every call except uploads, in ms; 0 turns it off. */
  timeoutMs?: number;
  /**
   * Default idle timeout of uploads and downloads, in ms (default 60 s): the transfer fails
   * when no byte moved for this long, however long it may take in all. 0 turns it off.
   */
  idleTimeoutMs?: number;
  /** Headers added to every request; a value with a line break or NUL is refused at once. */
  headers?: Record<string, string>;
  /** Replaces the node:http transport for JSON calls (uploads always stream over node:http). */
  fetch?: (input: Request) => Promise<Response>;
  /** Sees every answer (parsed body included) before the client acts on it. */
  onAnswer?: (answer: AnswerInfo) => void;
  /**
   * Retries for idempotent reads on network errors and "Loading storage" (default: 2 more
   * tries, 250 ms doubling to 2 s, with jitter); `false` turns them off. Writes never retry.
   */
  retry?: Partial<RetryPolicy> | false;
  /**
   * After `login()`, log in again once when the server answers 401 "token is invalidated" or
   * "token is expired" (every token dies when the server restarts), then repeat the call.
   * Default true. The credentials stay in memory only.
   */
  relogin?: boolean;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** This call's timeout in ms; 0 turns it off. */
  timeoutMs?: number;
  /** Extra headers for this call (e.g. `Prefer` against the mock). */
  headers?: Record<string, string>;
}

type Sent = { data?: unknown; error?: unknown; response: Response };
export type Send = (init: {
  signal?: AbortSignal;
  timeoutMs?: number;
  headers: Record<string, string>;
}) => Promise<Sent>;

export interface JsonOptions {
  /** Safe to send again: retried on transient failures. */
  idempotent?: boolean;
  /** For login: whether a one-time code was sent (turns code 402 into AlistOtpError). */
  otpSent?: boolean;
  /** For login itself: never re-login around it. */
  noRelogin?: boolean;
}

export interface Core {
  readonly baseUrl: string;
  readonly origin: string;
  /** The openapi-fetch client the API modules call (the lean transport unless `fetch` was given). */
  readonly raw: Client<paths>;
  /** The standard openapi-fetch client (WHATWG Request/Response) handed to users. */
  readonly publicRaw: Client<paths>;
  token: string | undefined;
  headersFor(call?: CallOptions): Record<string, string>;
  /**
   * Runs one openapi-fetch call (made with `parseAs: "text"`) and returns the envelope's data,
   * retrying reads and re-logging in as the options and the client's policy allow.
   */
  json(operation: string, call: CallOptions | undefined, send: Send, options?: JsonOptions): Promise<unknown>;
  /**
   * Runs one idempotent openapi-fetch call (made with `parseAs: "text"`) for a route outside the
   * envelope: reports the answer to `onAnswer` and returns it as is, retrying network errors.
   */
  text(operation: string, call: CallOptions | undefined, send: Send): Promise<RawAnswer>;
  /** Hands an answer to `onAnswer`. */
  report(operation: string, answer: RawAnswer): void;
  /** Set by login: logs in again with the remembered credentials. */
  relogin: ((call?: CallOptions) => Promise<void>) | undefined;
  /** Runs `attempt`, and once more after a re-login if the token had died. */
  withRelogin<T>(call: CallOptions | undefined, attempt: () => Promise<T>, canRepeat?: boolean): Promise<T>;
  /** Checks a raw answer, reports it to `onAnswer`, and returns the envelope's data. */
  unwrap(operation: string, answer: RawAnswer, otpSent?: boolean): unknown;
  readonly defaultTimeoutMs: number;
  readonly defaultIdleTimeoutMs: number;
}

function parseBaseUrl(baseUrl: string): URL {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new AlistInputError(`invalid server URL: ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AlistInputError(`server URL must start with http:// or https://: ${JSON.stringify(baseUrl)}`);
  }
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  return url;
}

function parsedBody(answer: RawAnswer): unknown {
  if (!/json/i.test(answer.contentType)) return undefined;
  try {
    return JSON.parse(answer.text);
  } catch {
    return undefined;
  }
}

export function createCore(options: AlistClientOptions): Core {
  const base = parseBaseUrl(options.baseUrl);
  checkToken(options.token);
  checkHeaders(options.headers);
  const baseUrl = base.href.replace(/\/+$/, "");
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // Made on first use: creating it touches the global Request, whose first access loads
  // Node's fetch implementation (tens of ms that an upload-only CLI run need not pay).
  let standard: Client<paths> | undefined;
  const publicRaw = () => {
    standard ??= createClient<paths>({ baseUrl, fetch: options.fetch ?? nodeFetch });
    return standard;
  };
  const lean = options.fetch === undefined;
  const raw = lean
    ? createClient<paths>({
        baseUrl,
        Request: LeanRequest as unknown as typeof Request,
        fetch: leanFetch as unknown as (input: Request) => Promise<Response>,
      })
    : publicRaw();
  const retry: RetryPolicy =
    options.retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...options.retry };
  let reloginInFlight: Promise<void> | undefined;

  /** Sends one call and reads its answer as text, reporting it to `onAnswer`. */
  async function fetchAnswer(operation: string, call: CallOptions | undefined, send: Send): Promise<RawAnswer> {
    const timeoutMs = call?.timeoutMs ?? defaultTimeoutMs;
    // The lean transport times out by itself; a standard fetch needs an AbortSignal for it.
    const signals = lean
      ? { user: call?.signal, timeoutMs, signal: call?.signal }
      : callSignals(call?.signal, timeoutMs);
    let answer: RawAnswer;
    try {
      const init = { signal: signals.signal, timeoutMs, headers: core.headersFor(call) };
      const { data, error, response } = await send(init);
      // parseAs "text": the body text is `data` for 2xx; for other statuses openapi-fetch has
      // already tried JSON.parse on it and left the result in `error`.
      const body = response.ok ? data : error;
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      answer = { status: response.status, contentType: response.headers.get("content-type") ?? "", text };
    } catch (error) {
      throw toClientError(operation, core.origin, error, signals);
    }
    core.report(operation, answer);
    return answer;
  }

  /** Runs `attempt`, again after a backoff when it is idempotent and failed transiently. */
  async function withRetries<T>(call: CallOptions | undefined, idempotent: boolean, attempt: () => Promise<T>) {
    for (let tried = 0; ; tried++) {
      try {
        return await attempt();
      } catch (error) {
        if (!idempotent || tried >= retry.retries || !isTransient(error)) throw error;
        await sleep(backoffDelay(tried, retry), call?.signal);
      }
    }
  }

  const core: Core = {
    baseUrl,
    origin: base.origin,
    raw,
    get publicRaw() {
      return publicRaw();
    },
    token: options.token || undefined,
    defaultTimeoutMs,
    defaultIdleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    headersFor(call) {
      checkHeaders(call?.headers);
      return { ...options.headers, ...(core.token ? { Authorization: core.token } : {}), ...call?.headers };
    },
    report(operation, answer) {
      options.onAnswer?.({
        operation,
        status: answer.status,
        contentType: answer.contentType,
        body: parsedBody(answer),
      });
    },
    unwrap(operation, answer, otpSent) {
      core.report(operation, answer);
      return unwrapEnvelope(operation, answer, otpSent);
    },
    relogin: undefined,
    async withRelogin(call, attempt, canRepeat = true) {
      const sentWith = core.token;
      try {
        return await attempt();
      } catch (error) {
        const relogin = core.relogin;
        if (!canRepeat || options.relogin === false || !relogin || !isDeadToken(error)) throw error;
        // Calls failing together share one login; a call whose token was already replaced
        // meanwhile just goes again with the new one.
        if (core.token === sentWith) {
          reloginInFlight ??= relogin(call).finally(() => {
            reloginInFlight = undefined;
          });
        }
        await reloginInFlight;
        return attempt();
      }
    },
    async json(operation, call, send, jsonOptions = {}) {
      const attempt = () =>
        withRetries(call, jsonOptions.idempotent === true, async () =>
          unwrapEnvelope(operation, await fetchAnswer(operation, call, send), jsonOptions.otpSent),
        );
      return jsonOptions.noRelogin ? attempt() : core.withRelogin(call, attempt);
    },
    text(operation, call, send) {
      return withRetries(call, true, () => fetchAnswer(operation, call, send));
    },
  };
  return core;
}
