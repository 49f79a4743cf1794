/**
 * A hostile AList server on 127.0.0.1: it answers like an honest one everywhere except where
 * its one named attack strikes, so client and CLI tests can show that a bad server cannot
 * exhaust memory, hang a transfer, fake a success or collect the token.
 *
 *   const server = await hostileServer("endless-json");
 *   // point the client or the CLI at server.url ...
 *   await server.close();
 *
 * The honest routes: POST /api/fs/get (a file of `size` bytes named after the path, its
 * `raw_url` on this server), POST /api/fs/list (three entries), PUT /api/fs/put (reads the
 * body, answers success), GET /raw/<path> and /d/<path> (the file's bytes, with
 * Content-Length), and success with `data: null` on any other /api route.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { fsObject } from "./fixtures.js";
import { type Listening, listen } from "./listen.js";

export const HOSTILE_ATTACKS = [
  /** Every /api answer: HTTP 200 JSON whose body never ends (spaces). */
  "endless-json",
  /** Every /api answer: a 1 GB JSON document with a true Content-Length, generated as it is sent. */
  "huge-json",
  /** Every /api answer dribbles out one byte every `dripMs`. */
  "slow-loris",
  /** The file link answers HTTP 500 with a body that never ends. */
  "endless-error",
  /** fs/get says `size` bytes; the link sends 5 bytes without Content-Length and ends. */
  "short-body",
  /** fs/get says `size` bytes; the link sends bytes without Content-Length and never ends. */
  "endless-body",
  /** The file link sends its head and 5 bytes, then nothing, keeping the connection open. */
  "stalled-body",
  /** The file link never answers at all (no head), keeping the connection open. */
  "stalled-head",
  /** fs/put and fs/form stop reading the body after the first bytes and never answer. */
  "stalled-upload",
  /** The file link redirects to itself forever. */
  "redirect-loop",
  /** fs/list: one entry on every page, whatever page is asked, with `total: 1e15`. */
  "list-huge-total",
  /** fs/list: the same full page whatever page is asked, with `total: 1e15`. */
  "list-ignores-page",
  /** fs/list: full pages of fresh entries forever, without `total`. */
  "list-no-total",
  /** fs/list: `content: [null]`. */
  "null-entry",
  /** fs/list and fs/get: `modified` is a number instead of a string. */
  "numeric-modified",
  /** fs/list: entry names holding NUL and "/" (which no real folder has). */
  "odd-names",
  /** fs/get: `raw_url` is a `file://` URL. */
  "file-raw-url",
  /** fs/get: `raw_url` points at a second server (another origin), which records what reaches it. */
  "foreign-raw-url",
  /** No attack: the honest routes only. */
  "honest",
] as const;

export type HostileAttack = (typeof HOSTILE_ATTACKS)[number];

export interface HostileOptions {
  /** The file's size as fs/get reports it (default 1,000,000 bytes). */
  size?: number;
  /** Stop an endless body after this many bytes (default: never); lets a test bound a broken client. */
  maxBytes?: number;
  /** Pause between the bytes of `slow-loris` (default 100 ms). */
  dripMs?: number;
}

export interface HostileRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
}

export interface HostileServer extends Listening {
  attack: HostileAttack;
  /** Every request, in order. */
  seen: HostileRequest[];
  /** Body bytes the attacks have written so far (how far a client read before it stopped). */
  sent: { bytes: number };
  /** `foreign-raw-url` only: the other origin the raw_url points at, and what reached it. */
  foreign?: Listening & { seen: HostileRequest[] };
}

const JSON_TYPE = "application/json; charset=utf-8";
const FILLER = Buffer.alloc(64 * 1024, 0x20);
const envelope = (data: unknown) => JSON.stringify({ code: 200, message: "success", data });

/** The file's bytes: a repeating pattern, made on demand. */
export function hostileFileBytes(size: number): Buffer {
  const bytes = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) bytes[i] = i % 251;
  return bytes;
}

function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      // Requests are small JSON; a huge one is not kept.
      if (text.length < 1024 * 1024) text += chunk;
    });
    req.on("end", () => {
      try {
        const value = JSON.parse(text) as unknown;
        resolve(typeof value === "object" && value !== null ? (value as Record<string, unknown>) : {});
      } catch {
        resolve({});
      }
    });
  });
}

/** Writes with backpressure to a response that may close at any time (one close listener in all). */
function flow(res: ServerResponse, sent: { bytes: number }) {
  const state = { closed: false };
  const closed = new Promise<void>((resolve) =>
    res.once("close", () => {
      state.closed = true;
      resolve();
    }),
  );
  return {
    state,
    async write(piece: Buffer): Promise<void> {
      sent.bytes += piece.length;
      if (!res.write(piece)) await Promise.race([new Promise((resolve) => res.once("drain", resolve)), closed]);
    },
  };
}

/** Writes `chunk` again and again until `maxBytes` or the client goes away. */
async function pour(res: ServerResponse, chunk: Buffer, maxBytes: number, sent: { bytes: number }): Promise<void> {
  const out = flow(res, sent);
  let written = 0;
  while (!out.state.closed && written < maxBytes) {
    const piece = written + chunk.length > maxBytes ? chunk.subarray(0, maxBytes - written) : chunk;
    written += piece.length;
    await out.write(piece);
  }
  if (!out.state.closed) res.end();
}

/** A valid JSON envelope of exactly `total` bytes, generated as it goes out. */
async function hugeJson(res: ServerResponse, total: number, sent: { bytes: number }): Promise<void> {
  const head = Buffer.from('{"code":200,"message":"success","data":{"content":null,"total":0,"readme":"');
  const tail = Buffer.from('"}}');
  const filler = Buffer.alloc(FILLER.length, 0x61);
  res.writeHead(200, { "Content-Type": JSON_TYPE, "Content-Length": total });
  const out = flow(res, sent);
  await out.write(head);
  let left = total - head.length - tail.length;
  while (!out.state.closed && left > 0) {
    const piece = left < filler.length ? filler.subarray(0, left) : filler;
    left -= piece.length;
    await out.write(piece);
  }
  if (!out.state.closed) {
    sent.bytes += tail.length;
    res.end(tail);
  }
}

function drip(res: ServerResponse, body: string, ms: number): void {
  res.writeHead(200, { "Content-Type": JSON_TYPE });
  let at = 0;
  const timer = setInterval(() => {
    if (at >= body.length) {
      clearInterval(timer);
      res.end();
      return;
    }
    res.write(body[at++] ?? "");
  }, ms);
  res.once("close", () => clearInterval(timer));
}

function entry(name: string, extra: Record<string, unknown> = {}) {
  return { ...fsObject(name, 3, false), ...extra };
}

function listPage(content: unknown[], total: number | undefined) {
  const page: Record<string, unknown> = { content, readme: "", header: "", write: true, provider: "Local" };
  if (total !== undefined) page.total = total;
  return envelope(page);
}

/** The /raw/ or /d/ path of an AList path, each segment encoded. */
function linkPath(path: string): string {
  return `/raw${path.split("/").map(encodeURIComponent).join("/")}`;
}

/** Starts a hostile server with one attack. */
export async function hostileServer(attack: HostileAttack, options: HostileOptions = {}): Promise<HostileServer> {
  const size = options.size ?? 1_000_000;
  const maxBytes = options.maxBytes ?? Number.POSITIVE_INFINITY;
  const dripMs = options.dripMs ?? 100;
  const seen: HostileRequest[] = [];
  const sent = { bytes: 0 };
  let fileBytes: Buffer | undefined;

  let foreign: HostileServer["foreign"];
  if (attack === "foreign-raw-url") {
    const foreignSeen: HostileRequest[] = [];
    const other = await listen((req, res) => {
      foreignSeen.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers });
      req.resume();
      fileBytes ??= hostileFileBytes(size);
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": size });
      res.end(fileBytes);
    });
    foreign = { ...other, seen: foreignSeen };
  }

  async function api(req: IncomingMessage, res: ServerResponse, url: string, route: string): Promise<void> {
    if (attack === "endless-json" || attack === "huge-json" || attack === "slow-loris") {
      if (route === "/api/fs/put") await drain(req);
      else await readJson(req);
      if (attack === "endless-json") {
        res.writeHead(200, { "Content-Type": JSON_TYPE });
        return pour(res, FILLER, maxBytes, sent);
      }
      if (attack === "huge-json") return hugeJson(res, 1_000_000_000, sent);
      return drip(res, envelope(null), dripMs);
    }
    if (attack === "stalled-upload" && route === "/api/fs/form") {
      req.once("data", () => req.pause());
      return;
    }
    if (route === "/api/fs/put") {
      if (attack === "stalled-upload") {
        req.once("data", () => req.pause());
        return;
      }
      await drain(req);
      return send(res, envelope(null));
    }
    const body = await readJson(req);
    const path = typeof body.path === "string" ? body.path : "/";
    if (route === "/api/fs/get") {
      const name = path.split("/").pop() || "file.bin";
      const modified = attack === "numeric-modified" ? { modified: 1715924875 } : {};
      const rawUrl =
        attack === "file-raw-url"
          ? "file:///etc/passwd"
          : attack === "foreign-raw-url"
            ? `${foreign?.url}/storage${linkPath(path)}`
            : `${url}${linkPath(path)}`;
      return send(res, envelope({ ...fsObject(name, size, false), raw_url: rawUrl, ...modified }));
    }
    if (route === "/api/fs/list") {
      const page = Number(body.page) || 1;
      const perPage = Number(body.per_page) || 3;
      switch (attack) {
        case "list-huge-total":
          return send(res, listPage([entry(`entry-${page}.txt`)], 1e15));
        case "list-ignores-page":
          return send(res, listPage(pageOf(1, perPage), 1e15));
        case "list-no-total":
          return send(res, listPage(pageOf(page, perPage), undefined));
        case "null-entry":
          return send(res, listPage([null], 1));
        case "numeric-modified":
          return send(res, listPage([entry("a.txt", { modified: 1715924875 })], 1));
        case "odd-names":
          return send(res, listPage([entry("a\u0000b.txt"), entry("../../etc/passwd"), entry("c.txt")], 3));
        default:
          return send(res, listPage([entry("a.txt"), entry("b.txt"), entry("c.txt")], 3));
      }
    }
    if (route === "/api/me") {
      return send(res, envelope({ id: 1, username: "admin", role: 2, base_path: "/", permission: 0, disabled: false }));
    }
    return send(res, envelope(null));
  }

  function link(req: IncomingMessage, res: ServerResponse): Promise<void> | undefined {
    req.resume();
    switch (attack) {
      case "endless-error":
        res.writeHead(500, { "Content-Type": "text/plain" });
        return pour(res, FILLER, maxBytes, sent);
      case "short-body":
        res.writeHead(200, { "Content-Type": "application/octet-stream" });
        sent.bytes += 5;
        res.end(hostileFileBytes(5));
        return;
      case "endless-body":
        res.writeHead(200, { "Content-Type": "application/octet-stream" });
        return pour(res, Buffer.alloc(64 * 1024, 0x42), maxBytes, sent);
      case "stalled-body":
        res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": size });
        sent.bytes += 5;
        res.write(hostileFileBytes(5));
        return;
      case "stalled-head":
        return;
      case "redirect-loop":
        res.writeHead(302, { Location: req.url ?? "/" });
        res.end();
        return;
      default:
        fileBytes ??= hostileFileBytes(size);
        res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": size });
        res.end(fileBytes);
    }
  }

  let base = "";
  const server = await listen((req, res) => {
    seen.push({ method: req.method ?? "", path: req.url ?? "", headers: req.headers });
    const route = (req.url ?? "/").split("?")[0] ?? "/";
    if (route.startsWith("/api/")) void api(req, res, base, route);
    else if (route.startsWith("/raw/") || route.startsWith("/d/")) void link(req, res);
    else {
      req.resume();
      res.writeHead(404, { "Content-Type": "text/plain" });
      res.end("not found");
    }
  });
  base = server.url;
  return {
    ...server,
    attack,
    seen,
    sent,
    ...(foreign ? { foreign } : {}),
    async close() {
      await Promise.all([server.close(), foreign?.close()]);
    },
  };
}

/** `count` entries named after their page, so each page differs from the one before. */
function pageOf(page: number, count: number) {
  return Array.from({ length: Math.min(count, 1000) }, (_, i) => entry(`p${page}-${i}.txt`));
}

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req.on("end", resolve);
    req.on("close", resolve);
    req.resume();
  });
}

function send(res: ServerResponse, body: string): void {
  res.writeHead(200, { "Content-Type": JSON_TYPE });
  res.end(body);
}
