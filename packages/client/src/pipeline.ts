/**
 * The one request pipeline. Every typed call goes through `raw`, the openapi-fetch client
 * users get as `client.raw` (its middleware sees typed calls too), with the platform's
 * transport as its `fetch` (node:http under Node, the runtime's own fetch elsewhere). Around it, one caller adds what a raw client lacks: the token
 * and default headers, the timeout, the answer hook, the envelope unwrapped into typed
 * errors, retries of idempotent operations (`x-idempotent` in the spec) and one re-login.
 */
import createClient, { type Client } from "openapi-fetch";
import { JSON_BODY_MAX_BYTES } from "./body-limits.js";
import { type RawAnswer, unwrapEnvelope } from "./envelope.js";
import { callSignals, toClientError } from "./error-mapping.js";
import { AlistInputError } from "./errors.js";
import { type OperationId, operationTable } from "./generated/operations.js";
import type { paths } from "./generated/schema.js";
import { checkHeaders, checkToken } from "./header-values.js";
import { DEFAULT_IDLE_TIMEOUT_MS } from "./idle-timer.js";
import type { DataOf, InputOf } from "./operation-types.js";
import { backoffDelay, DEFAULT_RETRY, isDeadToken, isTransient, type RetryPolicy, sleep } from "./resilience.js";
import type { TransportOptions } from "./transport-options.js";

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
  /**
   * Replaces the transport for JSON calls (under Node the node:http one; uploads there always
   * stream over node:http).
   */
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
  /**
   * Credentials for running unattended: the client logs in (hash login) before its first call
   * when it has no token, and again once when the token dies. Kept in memory only.
   */
  login?: UnattendedLogin;
  /** Called with every token a login obtained (e.g. to save it, as `alist login` does). */
  onToken?: (token: string) => void;
}

export interface UnattendedLogin {
  username: string;
  /**
   * The password, or a function that gives it when a login is first needed (e.g. read from
   * stdin): called at most once, and never when the token works.
   */
  password: string | (() => string | Promise<string>);
}

export interface CallOptions {
  signal?: AbortSignal;
  /** This call's timeout in ms; 0 turns it off. */
  timeoutMs?: number;
  /** Extra headers for this call (e.g. `Prefer` against the mock). */
  headers?: Record<string, string>;
}

/** Operations answered with the {code, message, data} envelope. */
export type EnvelopeOperation = {
  [O in OperationId]: (typeof operationTable)[O]["envelope"] extends true ? O : never;
}[OperationId];

export interface CallFlags {
  /** For login: whether a one-time code was sent (turns code 402 into AlistOtpError). */
  otpSent?: boolean;
  /** For login and logout: never re-login around it. */
  noRelogin?: boolean;
}

export interface Pipeline {
  readonly baseUrl: string;
  readonly origin: string;
  /** The openapi-fetch client every typed call goes through. */
  readonly raw: Client<paths>;
  token: string | undefined;
  readonly defaultTimeoutMs: number;
  readonly defaultIdleTimeoutMs: number;
  headersFor(call?: CallOptions): Record<string, string>;
  /** Sends one operation and returns its envelope's data, typed from the spec. */
  call<O extends EnvelopeOperation>(
    operation: O,
    input: InputOf<O>,
    call?: CallOptions,
    flags?: CallFlags,
  ): Promise<DataOf<O>>;
  /** The same, also handing back the envelope's message (fs/recursive_move counts in it). */
  callWithMessage<O extends EnvelopeOperation>(
    operation: O,
    input: InputOf<O>,
    call?: CallOptions,
  ): Promise<{ data: DataOf<O>; message: string }>;
  /** Sends one operation outside the envelope (`/ping`) and returns its answer as is. */
  callText(
    operation: OperationId,
    input: object,
    call?: CallOptions,
    headers?: Record<string, string>,
  ): Promise<RawAnswer>;
  /** Checks a raw answer of a transfer, reports it to `onAnswer`, and returns the envelope's data. */
  unwrap<O extends EnvelopeOperation>(operation: O, answer: RawAnswer): DataOf<O>;
  /** Set by login: logs in again with the remembered credentials. */
  relogin: ((call?: CallOptions) => Promise<void>) | undefined;
  /** Runs `attempt`, and once more after a re-login if the token had died. */
  withRelogin<T>(call: CallOptions | undefined, attempt: () => Promise<T>, canRepeat?: boolean): Promise<T>;
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

type Sent = { data?: unknown; error?: unknown; response: Response };
/** openapi-fetch's `request`, seen by operation rather than by path: the table gives the path. */
type SendOperation = (method: string, path: string, init: object) => Promise<Sent>;

/** What a runtime's build gives the pipeline. */
export interface PipelinePlatform {
  /** The transport used when the caller gives no `fetch`. */
  fetch: (input: Request) => Promise<Response>;
  /** The default transport's fast-path Request (node:http's), which only it may ever see. */
  LightRequest?: new (
    url: string,
    init?: RequestInit,
  ) => object;
}

/**
 * The runtime's Request, looked up only when a standard one is built. openapi-fetch reads
 * `globalThis.Request` when the client is made, and on Node 20 that getter loads Node's fetch
 * (about 25 ms of every CLI run), though the typed calls use LightRequest unless middleware or
 * a caller's fetch is set.
 */
const LazyRequest = class {
  constructor(input: RequestInfo | URL, init?: RequestInit) {
    // A constructor that returns an object makes `new LazyRequest(...)` that object: a real Request.
    // biome-ignore lint/correctness/noConstructorReturn: deliberate, see above
    return new globalThis.Request(input, init);
  }
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof globalThis.Request;
  }
} as unknown as typeof Request;

export function createPipeline(options: AlistClientOptions, platform: PipelinePlatform): Pipeline {
  const base = parseBaseUrl(options.baseUrl);
  checkToken(options.token);
  checkHeaders(options.headers);
  const baseUrl = base.href.replace(/\/+$/, "");
  const defaultTimeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const raw = createClient<paths>({ baseUrl, fetch: options.fetch ?? platform.fetch, Request: LazyRequest });
  // Typed calls take the fast path (LightRequest) while nothing but the default transport can see the request.
  const middleware = new Set<unknown>();
  const { use, eject } = raw;
  raw.use = (...added) => {
    use(...added);
    for (const each of added) if (each) middleware.add(each);
  };
  raw.eject = (...removed) => {
    eject(...removed);
    for (const each of removed) middleware.delete(each);
  };
  const LightRequest = platform.LightRequest;
  const fast = () => LightRequest !== undefined && options.fetch === undefined && middleware.size === 0;
  // The table's method and path are the spec's own; openapi-fetch types them per path only.
  const send: SendOperation = (method, path, init) => raw.request(method as never, path as never, init as never);
  const retry: RetryPolicy =
    options.retry === false ? { ...DEFAULT_RETRY, retries: 0 } : { ...DEFAULT_RETRY, ...options.retry };
  let reloginInFlight: Promise<void> | undefined;

  function report(operation: string, answer: RawAnswer): void {
    options.onAnswer?.({ operation, status: answer.status, contentType: answer.contentType, body: parsedBody(answer) });
  }

  /** Sends one call through `raw` and reads its answer as text, reporting it to `onAnswer`. */
  async function fetchAnswer(
    operation: OperationId,
    input: object,
    call: CallOptions | undefined,
    headers = pipeline.headersFor(call),
  ) {
    const { method, path } = operationTable[operation];
    const timeoutMs = call?.timeoutMs ?? defaultTimeoutMs;
    const transport: TransportOptions = { timeoutMs, bodyLimit: JSON_BODY_MAX_BYTES };
    // Off the fast path a caller's fetch, or a middleware's new Request, may drop `timeoutMs`:
    // the timeout then also rides on the signal.
    const light = fast();
    const signals = light
      ? { user: call?.signal, timeoutMs, signal: call?.signal }
      : callSignals(call?.signal, timeoutMs);
    let answer: RawAnswer;
    try {
      const init = {
        ...input,
        ...transport,
        ...(light ? { Request: LightRequest } : {}),
        parseAs: "text",
        signal: signals.signal,
        headers,
      };
      const { data, error, response } = await send(method, path, init);
      // parseAs "text": the body text is `data` for 2xx; for other statuses openapi-fetch has
      // already tried JSON.parse on it and left the result in `error`.
      const body = response.ok ? data : error;
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      answer = { status: response.status, contentType: response.headers.get("content-type") ?? "", text };
    } catch (error) {
      throw toClientError(operation, base.origin, error, signals);
    }
    report(operation, answer);
    return answer;
  }

  /** Runs `attempt`, again after a backoff when it is idempotent and failed transiently. */
  async function withRetries<T>(operation: OperationId, call: CallOptions | undefined, attempt: () => Promise<T>) {
    const idempotent = operationTable[operation].idempotent;
    for (let tried = 0; ; tried++) {
      try {
        return await attempt();
      } catch (error) {
        if (!idempotent || tried >= retry.retries || !isTransient(error)) throw error;
        await sleep(backoffDelay(tried, retry), call?.signal);
      }
    }
  }

  async function envelopeCall<O extends EnvelopeOperation>(
    operation: O,
    input: InputOf<O>,
    call: CallOptions | undefined,
    flags: CallFlags = {},
  ) {
    const attempt = () =>
      withRetries(operation, call, async () =>
        unwrapEnvelope<DataOf<O>>(operation, await fetchAnswer(operation, input, call), flags.otpSent),
      );
    return flags.noRelogin ? attempt() : pipeline.withRelogin(call, attempt);
  }

  /** One login for every call that needs it at the same time. */
  function sharedRelogin(relogin: (call?: CallOptions) => Promise<void>, call: CallOptions | undefined) {
    reloginInFlight ??= relogin(call).finally(() => {
      reloginInFlight = undefined;
    });
    return reloginInFlight;
  }

  const pipeline: Pipeline = {
    baseUrl,
    origin: base.origin,
    raw,
    token: options.token || undefined,
    defaultTimeoutMs,
    defaultIdleTimeoutMs: options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
    headersFor(call) {
      checkHeaders(call?.headers);
      return { ...options.headers, ...(pipeline.token ? { Authorization: pipeline.token } : {}), ...call?.headers };
    },
    async call(operation, input, call, flags) {
      return (await envelopeCall(operation, input, call, flags)).data;
    },
    callWithMessage(operation, input, call) {
      return envelopeCall(operation, input, call);
    },
    callText(operation, input, call, headers) {
      return withRetries(operation, call, () => fetchAnswer(operation, input, call, headers));
    },
    unwrap(operation, answer) {
      report(operation, answer);
      return unwrapEnvelope<DataOf<typeof operation>>(operation, answer).data;
    },
    relogin: undefined,
    async withRelogin(call, attempt, canRepeat = true) {
      // Unattended: no token yet, but credentials to get one.
      if (pipeline.token === undefined && options.login && pipeline.relogin)
        await sharedRelogin(pipeline.relogin, call);
      const sentWith = pipeline.token;
      try {
        return await attempt();
      } catch (error) {
        const relogin = pipeline.relogin;
        if (!canRepeat || options.relogin === false || !relogin || !isDeadToken(error)) throw error;
        // Calls failing together share one login; a call whose token was already replaced
        // meanwhile just goes again with the new one.
        if (pipeline.token === sentWith) await sharedRelogin(relogin, call);
        else await reloginInFlight;
        return attempt();
      }
    },
  };
  return pipeline;
}
