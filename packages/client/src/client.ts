/**
 * The AList client: typed calls built on openapi-fetch, plus what a raw client lacks —
 * errors read from HTTP 200 bodies, the raw-token Authorization header, hash login with a
 * distinct one-time-code error, timeouts, and streaming upload.
 */
import type { Readable } from "node:stream";
import createClient, { type Client } from "openapi-fetch";
import { unwrapEnvelope } from "./envelope.js";
import { AlistInputError, AlistProtocolError } from "./errors.js";
import { callSignals, toClientError } from "./failures.js";
import type { components, paths } from "./generated/schema.js";
import { hashPassword } from "./password-hash.js";
import { normalizeRemotePath } from "./remote-path.js";
import { awaitResponse, nodeFetch, openRequest } from "./transport.js";
import {
  openFileSource,
  pumpBody,
  readText,
  streamSource,
  type TaskInfo,
  type UploadOptions,
  type UploadResult,
  type UploadSource,
  uploadHeaders,
} from "./upload.js";

export type Obj = components["schemas"]["Obj"];
export type FsGetData = components["schemas"]["FsGetData"];
export type FsGetRequest = components["schemas"]["FsGetRequest"];
export type LoginRequest = components["schemas"]["LoginRequest"];

/** 30 s: fs/get can be slow (it lists the parent folder and may resolve a link). */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface AlistClientOptions {
  /** The server's address, e.g. `http://127.0.0.1:5244` (a path prefix is kept). */
  baseUrl: string;
  /** A token from login or the admin's static token; sent raw in `Authorization`. */
  token?: string;
  /** Default timeout for every call except uploads, in ms; 0 turns it off. */
  timeoutMs?: number;
  /** Headers added to every request. */
  headers?: Record<string, string>;
  /** Replaces the node:http transport for JSON calls (uploads always stream over node:http). */
  fetch?: (input: Request) => Promise<Response>;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** This call's timeout in ms; 0 turns it off. */
  timeoutMs?: number;
  /** Extra headers for this call (e.g. `Prefer` against the mock). */
  headers?: Record<string, string>;
}

export interface LoginOptions extends CallOptions {
  username: string;
  password: string;
  /** The 6-digit one-time code, for accounts with two-factor authentication. */
  otpCode?: string;
  /** Send the plaintext password to `/api/auth/login` instead of the hash to `/api/auth/login/hash`. */
  plain?: boolean;
}

export interface AlistClient {
  readonly baseUrl: string;
  /** The token in use, if any. */
  readonly token: string | undefined;
  setToken(token: string | undefined): void;
  /**
   * Logs in and keeps the token for later calls. Throws `AlistOtpError` on code 402 (ask
   * for the one-time code and call again with `otpCode`), `AlistError` for other refusals.
   */
  login(options: LoginOptions): Promise<{ token: string }>;
  /** One file or folder (POST /api/fs/get). */
  fsGet(request: FsGetRequest, options?: CallOptions): Promise<FsGetData>;
  /** Streams a local file (by path) or a stream of declared `size` to `remotePath` (PUT /api/fs/put). */
  upload(source: string | Readable, remotePath: string, options?: UploadOptions): Promise<UploadResult>;
  /** The underlying openapi-fetch client, for calls this wrapper does not cover. */
  readonly raw: Client<paths>;
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

export function createAlistClient(options: AlistClientOptions): AlistClient {
  const base = parseBaseUrl(options.baseUrl);
  const baseUrl = base.href.replace(/\/+$/, "");
  const origin = base.origin;
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let token = options.token || undefined;
  const raw = createClient<paths>({ baseUrl, fetch: options.fetch ?? nodeFetch });

  function headersFor(call?: CallOptions): Record<string, string> {
    return { ...options.headers, ...(token ? { Authorization: token } : {}), ...call?.headers };
  }

  /** Runs one openapi-fetch call with timeout and error mapping, and returns `data`. */
  async function json(
    operation: string,
    call: CallOptions | undefined,
    send: (init: { signal?: AbortSignal; headers: Record<string, string> }) => Promise<{
      data?: unknown;
      error?: unknown;
      response: Response;
    }>,
    otpSent?: boolean,
  ): Promise<unknown> {
    const signals = callSignals(call?.signal, call?.timeoutMs ?? defaultTimeout);
    let answer: { status: number; contentType: string; text: string };
    try {
      const { data, error, response } = await send({ signal: signals.signal, headers: headersFor(call) });
      // parseAs "text": the body text is `data` for 2xx; for other statuses openapi-fetch has
      // already tried JSON.parse on it and left the result in `error`.
      const body = response.ok ? data : error;
      const text = body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body);
      answer = { status: response.status, contentType: response.headers.get("content-type") ?? "", text };
    } catch (error) {
      throw toClientError(operation, origin, error, signals);
    }
    return unwrapEnvelope(operation, answer, otpSent);
  }

  async function login(request: LoginOptions): Promise<{ token: string }> {
    if (!request.username) throw new AlistInputError("username is required");
    const body: LoginRequest = {
      username: request.username,
      password: request.plain ? request.password : hashPassword(request.password),
      ...(request.otpCode ? { otp_code: request.otpCode } : {}),
    };
    const operation = request.plain ? "login" : "loginHash";
    const path = request.plain ? "/api/auth/login" : "/api/auth/login/hash";
    const data = await json(
      operation,
      request,
      (init) => raw.POST(path, { body, parseAs: "text", ...init }),
      Boolean(request.otpCode),
    );
    const received = (data as { token?: unknown } | null)?.token;
    if (typeof received !== "string" || received.length === 0) {
      throw new AlistProtocolError(operation, 200, "application/json", "login succeeded without a token");
    }
    token = received;
    return { token: received };
  }

  async function fsGet(request: FsGetRequest, call?: CallOptions): Promise<FsGetData> {
    const body = { ...request, ...(request.path !== undefined ? { path: normalizeRemotePath(request.path) } : {}) };
    const data = await json("fsGet", call, (init) => raw.POST("/api/fs/get", { body, parseAs: "text", ...init }));
    if (typeof data !== "object" || data === null) {
      throw new AlistProtocolError("fsGet", 200, "application/json", "success without the object in data");
    }
    return data as FsGetData;
  }

  async function upload(
    source: string | Readable,
    remotePath: string,
    opts: UploadOptions = {},
  ): Promise<UploadResult> {
    const target = normalizeRemotePath(remotePath);
    const body: UploadSource =
      typeof source === "string" ? await openFileSource(source) : streamSource(source, opts.size);
    const signals = callSignals(opts.signal, opts.timeoutMs ?? 0);
    const url = new URL(`${baseUrl}/api/fs/put`);
    const headers = { ...headersFor(opts), ...uploadHeaders(target, body, opts) };
    let answer: { status: number; contentType: string; text: string };
    try {
      const req = openRequest({ method: "PUT", url, headers, signal: signals.signal });
      const response = awaitResponse(req);
      pumpBody(req, body, opts.onProgress).catch((error) => req.destroy(error));
      const res = await response;
      answer = {
        status: res.statusCode ?? 0,
        contentType: res.headers["content-type"] ?? "",
        text: await readText(res),
      };
    } catch (error) {
      throw toClientError("fsPut", origin, error, signals);
    } finally {
      body.stream.destroy();
      await body.close();
    }
    const data = unwrapEnvelope("fsPut", answer) as { task?: TaskInfo } | null;
    return { size: body.size, ...(data?.task ? { task: data.task } : {}) };
  }

  return {
    baseUrl,
    get token() {
      return token;
    },
    setToken(next) {
      token = next || undefined;
    },
    login,
    fsGet,
    upload,
    raw,
  };
}
