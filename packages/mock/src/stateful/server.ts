/**
 * The stateful mock's HTTP server: CORS, the non-API routes (/ping, /d, /p, /__mock/restart),
 * then for /api the contract (routing, request checks, answer checks) around typed handlers.
 */
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Ctx, Handlers, MockState } from "./context.js";

export type { Handlers } from "./context.js";

import { Contract, describeRequest } from "./contract.js";
import { serveDownload } from "./downloads.js";
import { Fail } from "./fail.js";
import { authHandlers } from "./handlers/auth.js";
import { fsReadHandlers } from "./handlers/fs-read.js";
import { fsWriteHandlers } from "./handlers/fs-write.js";
import { publicHandlers } from "./handlers/public.js";
import { taskHandlers } from "./handlers/tasks.js";
import { fsForm, fsPut } from "./handlers/upload.js";
import { Signer } from "./objects.js";
import { defaultTree, treeFromFolder } from "./seed.js";
import { readAsServer, unknownRoute } from "./server-reading.js";
import { answerExamples, type OperationId } from "./spec.js";
import { Tasks } from "./tasks.js";
import { DEFAULT_USERS, type User, type UserSpec, Users } from "./users.js";

export interface StatefulOptions {
  host?: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** Seed `/local` from this folder (read only) instead of the built-in library. */
  seedDir?: string;
  /** The accounts; default admin/admin, reader/reader (read only) and a guest. */
  users?: UserSpec[];
  /** Let requests without a token in, as the guest. */
  guest?: boolean;
  /** Delay before every /api answer, in ms. */
  latencyMs?: number;
  /** Share (0-1) of /api calls answered with an in-body error, chosen by a PRNG seeded with `seed`. */
  failRate?: number;
  seed?: number;
  /** For this long after start every /api call answers "Loading storage, please wait". */
  loadingMs?: number;
  /** How long a copy between storages runs, in ms (default 3000). */
  copyMs?: number;
  /** Log lines: contract violations, handler errors. */
  onLog?: (line: string) => void;
  /**
   * How a request that breaks the spec is answered: "server" (default) as a real AList does
   * (in-body code 401 without a token, 400 for a wrong JSON type, missing fields read as zero
   * values, an unknown task type is the web page); "prism" as Prism refuses it (HTTP 422 / 401).
   */
  refusals?: "server" | "prism";
  /** Replaces handlers (tests use it to make the mock misbehave and see it caught). */
  handlers?: Handlers;
}

export interface RunningStatefulMock {
  url: string;
  port: number;
  /** Answers that broke the spec (each also answered as code 500 and logged): a mock bug. */
  violations: string[];
  /**
   * Where uploads above a few MiB are written. Made on the first such upload (so a mock that
   * never takes one leaves nothing behind, even when killed outright); removed on stop.
   */
  tempDir: string;
  stop(): Promise<void>;
}

const JSON_LIMIT = 1024 * 1024;

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A refusal in Prism's shape (application/problem+json), for requests that break the contract. */
function refuse(response: ServerResponse, status: number, title: string, detail: string, extra: object = {}) {
  const type = {
    401: "UNAUTHORIZED",
    404: "NOT_FOUND",
    413: "PAYLOAD_TOO_LARGE",
    415: "INVALID_CONTENT_TYPE",
    422: "UNPROCESSABLE_ENTITY",
  }[status];
  response.writeHead(status, {
    "Content-Type": "application/problem+json",
    ...(status === 401 ? { "WWW-Authenticate": "Authorization" } : {}),
  });
  response.end(JSON.stringify({ type: `https://stoplight.io/prism/errors#${type}`, title, status, detail, ...extra }));
}

/** AList's web-app fallback for a route it does not have: its page for GET/POST, an empty 405 otherwise. */
function webPage(response: ServerResponse, method: string): void {
  if (method === "get" || method === "post") {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    response.end("<!doctype html><title>AList</title><div id=root></div>\n");
  } else response.writeHead(405).end();
}

function readJson(request: IncomingMessage): Promise<{ body?: unknown; tooLarge?: boolean; error?: string }> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= JSON_LIMIT) chunks.push(chunk);
    });
    request.on("error", reject);
    request.on("end", () => {
      if (size > JSON_LIMIT) return resolve({ tooLarge: true });
      const text = Buffer.concat(chunks).toString("utf8");
      if (text.trim() === "") return resolve({});
      try {
        resolve({ body: JSON.parse(text) });
      } catch (error) {
        resolve({ error: (error as Error).message });
      }
    });
  });
}

export async function startStatefulMock(options: StatefulOptions = {}): Promise<RunningStatefulMock> {
  const host = options.host ?? "127.0.0.1";
  const contract = new Contract();
  await contract.init();
  const tempDir = join(tmpdir(), `alist-mock-${randomBytes(8).toString("hex")}`);
  let spillDirMade: Promise<string> | undefined;
  const state: MockState = {
    tree: options.seedDir ? treeFromFolder(options.seedDir) : defaultTree(),
    users: new Users(options.users ?? DEFAULT_USERS, options.guest === true),
    tasks: new Tasks(),
    signer: new Signer(randomBytes(16).toString("hex")),
    spillDir: () => (spillDirMade ??= mkdir(tempDir, { mode: 0o700 }).then(() => tempDir)),
    copyMs: options.copyMs ?? 3000,
  };
  const handlers: Handlers = {
    ...authHandlers,
    ...fsReadHandlers,
    ...fsWriteHandlers,
    ...taskHandlers,
    ...publicHandlers(contract.spec),
    fsPut,
    fsForm,
    ...options.handlers,
  };
  const log = options.onLog ?? (() => undefined);
  const violations: string[] = [];
  const random = mulberry32(options.seed ?? 1);
  const loadingUntil = Date.now() + (options.loadingMs ?? 0);
  const asServer = options.refusals !== "prism";

  function sendJson(response: ServerResponse, operationId: OperationId, body: unknown) {
    const problems = contract.checkAnswer(operationId, body);
    let answer = body;
    if (problems.length > 0) {
      const line = `${operationId}: the answer breaks the spec: ${problems.join("; ")}`;
      violations.push(line);
      log(`alist-mock: ${line}`);
      answer = { code: 500, message: `mock bug: ${line}`, data: null };
    }
    const text = JSON.stringify(answer);
    // A length instead of chunked encoding: one write per answer.
    response.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(text),
    });
    response.end(text);
  }

  function cors(request: IncomingMessage, response: ServerResponse): boolean {
    response.setHeader("Access-Control-Allow-Origin", "*");
    if (request.method !== "OPTIONS" || !request.headers["access-control-request-method"]) return false;
    response.writeHead(204, {
      "Access-Control-Allow-Methods": "*",
      "Access-Control-Allow-Headers": request.headers["access-control-request-headers"] ?? "*",
      "Access-Control-Max-Age": "86400",
    });
    response.end();
    return true;
  }

  /** The user a request acts as; undefined when it was refused (the answer is sent). */
  function whoIs(request: IncomingMessage, response: ServerResponse, operationId: OperationId): User | undefined {
    const token = request.headers.authorization;
    if (!token) {
      const guest = state.users.guest;
      if (guest && !guest.disabled) return guest;
      if (asServer) {
        sendJson(response, operationId, { code: 401, message: "Guest user is disabled, login please", data: null });
      } else refuse(response, 401, "Invalid security scheme used", "");
      return undefined;
    }
    try {
      return state.users.authenticate(token);
    } catch (error) {
      sendJson(response, operationId, { code: (error as Fail).code, message: (error as Fail).message, data: null });
      return undefined;
    }
  }

  async function api(request: IncomingMessage, response: ServerResponse, url: URL) {
    const method = (request.method ?? "GET").toLowerCase();
    const operation = contract.match(method, url.pathname);
    if (!operation) return webPage(response, method);
    const { operationId } = operation;
    const query = Object.fromEntries(url.searchParams);
    const headers = request.headers as Record<string, string>;
    // A task type the server does not have is not a route there: the web page, token or not.
    if (
      asServer &&
      Object.keys(operation.params).length > 0 &&
      unknownRoute(contract.requestErrors({ method, path: url.pathname, headers, query }, operationId))
    ) {
      return webPage(response, method);
    }
    if (Date.now() < loadingUntil) {
      return sendJson(response, operationId, { code: 500, message: "Loading storage, please wait", data: null });
    }
    const user = operation.needsToken ? whoIs(request, response, operationId) : undefined;
    if (operation.needsToken && !user) return;
    const streamed = operationId === "fsPut" || operationId === "fsForm";
    const contentType = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
    const hasBody =
      Number(request.headers["content-length"] ?? 0) > 0 || request.headers["transfer-encoding"] !== undefined;
    // fs/put reads the body as bytes whatever its type (web UIs send the file's own type).
    const anyMediaType = asServer && operationId === "fsPut";
    if (
      !anyMediaType &&
      operation.mediaTypes.length > 0 &&
      (hasBody || operation.bodyRequired) &&
      !operation.mediaTypes.includes(contentType)
    ) {
      return refuse(
        response,
        415,
        "Invalid content type",
        `Supported content types: ${operation.mediaTypes.join(",")}`,
      );
    }
    let body: unknown;
    if (!streamed) {
      const read = await readJson(request);
      if (read.tooLarge) return refuse(response, 413, "Request entity too large", `over ${JSON_LIMIT} bytes`);
      if (read.error) return sendJson(response, operationId, { code: 400, message: read.error, data: null });
      body = read.body;
    }
    const errors = contract.requestErrors(
      // A streamed body is read by its handler; its binary parts are not JSON Schema's to check.
      { method, path: url.pathname, headers, query, body: streamed ? {} : body },
      operationId,
    );
    let handlerHeaders: IncomingMessage["headers"] = request.headers;
    if (errors.length > 0 && !asServer) {
      return refuse(response, 422, "Invalid request", "Your request is not valid.", {
        validation: describeRequest(errors).map((message) => ({ severity: "Error", message })),
      });
    }
    if (errors.length > 0) {
      const reading = readAsServer(errors, streamed ? undefined : body, headers, contract.bodySchema(operationId));
      if (reading.kind === "web-page") return webPage(response, method);
      if (reading.kind === "refuse")
        return sendJson(response, operationId, { code: 400, message: reading.message, data: null });
      if (!streamed) body = reading.body;
      handlerHeaders = reading.headers;
    }
    const example = /example=([\w-]+)/.exec(String(request.headers.prefer ?? ""))?.[1];
    if (example) {
      const examples = answerExamples(contract.spec, operationId);
      if (!(example in examples))
        return refuse(response, 404, "Example not found", `${operationId} has no example "${example}"`);
      return sendJson(response, operationId, examples[example]);
    }
    if (options.latencyMs) await new Promise((done) => setTimeout(done, options.latencyMs));
    if (options.failRate && random() < options.failRate) {
      return sendJson(response, operationId, { code: 500, message: "injected failure (--fail-rate)", data: null });
    }
    const handler = handlers[operationId] as ((ctx: Ctx<OperationId>) => unknown) | undefined;
    if (!handler) return sendJson(response, operationId, { code: 500, message: "not implement", data: null });
    const ctx = {
      body,
      query,
      params: operation.params,
      headers: handlerHeaders,
      user: user as User,
      token: request.headers.authorization,
      client: request.socket.remoteAddress ?? "",
      baseUrl: `http://${request.headers.host ?? `${host}:${port}`}`,
      request,
      state,
    } as Ctx<OperationId>;
    try {
      sendJson(response, operationId, await handler(ctx));
    } catch (error) {
      if (!(error instanceof Fail)) throw error;
      sendJson(response, operationId, { code: error.code, message: error.message, data: null });
    }
  }

  async function route(request: IncomingMessage, response: ServerResponse) {
    if (cors(request, response)) return;
    const url = new URL(request.url ?? "/", "http://mock");
    if (url.pathname === "/ping") {
      response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      return void response.end("pong");
    }
    if (url.pathname === "/__mock/restart" && request.method === "POST") {
      state.users.restart();
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
      return void response.end(JSON.stringify({ code: 200, message: "success", data: null }));
    }
    if (/^\/[dp]\//.test(url.pathname) && (request.method === "GET" || request.method === "HEAD")) {
      try {
        return await serveDownload(state, url, request, response);
      } catch (error) {
        if (!(error instanceof Fail) || response.headersSent) throw error;
        response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" });
        return void response.end(JSON.stringify({ code: error.code, message: error.message, data: null }));
      }
    }
    return api(request, response, url);
  }

  const server = createServer((request, response) => {
    route(request, response)
      .catch((error: Error) => {
        log(`alist-mock: ${request.method} ${request.url}: ${error.stack ?? error.message}`);
        // As gin's recovery does: a real HTTP 500 with an empty body.
        if (!response.headersSent) response.writeHead(500);
        response.end();
      })
      .finally(() => {
        // A refused upload's unread body is drained so the connection stays usable.
        if (!request.complete) request.resume();
      });
  });
  server.on("clientError", (_error, socket) => {
    if (socket.writable) socket.end("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n");
    else socket.destroy();
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : 0);
    });
  });

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((done) => {
      state.tasks.stop();
      server.close(() => done());
      server.closeAllConnections();
    }).finally(() => rmSync(tempDir, { recursive: true, force: true }));
    return stopped;
  };
  return { url: `http://${host}:${port}`, port, violations, tempDir, stop };
}
