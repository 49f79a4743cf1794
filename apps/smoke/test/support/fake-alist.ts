/**
 * Small local servers on 127.0.0.1 that answer like an AList server (or like something
 * else at its address), to drive the runner through real HTTP.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fsObject, type Listening, listen } from "@alist-toolkit/testkit";

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, contentType: string, body: string): void {
  res.writeHead(200, { "Content-Type": contentType });
  res.end(body);
}

const json = (res: ServerResponse, envelope: unknown) =>
  send(res, "application/json; charset=utf-8", JSON.stringify(envelope));
const fail = (code: number, message: string) => ({ code, message, data: null });
const ok = (data: unknown) => ({ code: 200, message: "success", data });

const WEB_PAGE = "<!doctype html><html><head><title>AList</title></head><body>web app</body></html>";

/** Every route answers HTTP 200 with a web page: another web server, or a wrong address. */
export function htmlServer(): Promise<Listening> {
  return listen((req, res) => {
    req.resume();
    send(res, "text/html; charset=utf-8", WEB_PAGE);
  });
}

export interface FakeAlistOptions {
  /** The only folder that exists. */
  folder: string;
  username: string;
  password: string;
  /** The token login hands out (and the only one accepted). */
  token: string;
  /** Changes an answer before it is sent, to break the contract on purpose. */
  tamper?: (operation: "fsGet" | "fsPut" | "loginHash", envelope: Record<string, unknown>) => unknown;
}

export interface Upload {
  path: string;
  bytes: number;
  contentLength: string | undefined;
  overwrite: string | undefined;
}

/** A fake AList: ping, hash login, fs/get, fs/put and fs/remove on an in-memory folder; other routes: the web page. */
export async function fakeAlist(options: FakeAlistOptions) {
  const files = new Map<string, number>();
  const uploads: Upload[] = [];
  const authorizations: Array<string | undefined> = [];
  const expectedHash = createHash("sha256")
    .update(`${options.password}-https://github.com/alist-org/alist`)
    .digest("hex");
  const tamper = options.tamper ?? ((_operation, envelope) => envelope);

  const server = await listen(async (req, res) => {
    const body = await readBody(req);
    const route = `${req.method} ${req.url}`;
    if (route === "GET /ping") return send(res, "text/plain; charset=utf-8", "pong");
    if (route === "POST /api/auth/login/hash") {
      const login = JSON.parse(body.toString("utf8")) as { username?: string; password?: string };
      const accepted = login.username === options.username && login.password === expectedHash;
      return json(
        res,
        tamper("loginHash", accepted ? ok({ token: options.token }) : fail(400, "password is incorrect")),
      );
    }
    if (!["POST /api/fs/get", "PUT /api/fs/put", "POST /api/fs/remove"].includes(route)) {
      return send(res, "text/html", WEB_PAGE);
    }
    authorizations.push(req.headers.authorization);
    if (req.headers.authorization !== options.token) return json(res, fail(401, "token is invalidated"));
    if (route === "POST /api/fs/get") {
      const { path } = JSON.parse(body.toString("utf8")) as { path: string };
      const name = path.split("/").pop() ?? "";
      const size = files.get(path);
      const found =
        path === options.folder
          ? ok(fsObject(name, 0, true))
          : size !== undefined
            ? ok(fsObject(name, size, false))
            : fail(500, "object not found");
      return json(res, tamper("fsGet", found));
    }
    if (route === "POST /api/fs/remove") {
      // Like the server: a name that does not exist is skipped silently.
      const { dir, names } = JSON.parse(body.toString("utf8")) as { dir: string; names: string[] };
      for (const name of names) files.delete(`${dir === "/" ? "" : dir}/${name}`);
      return json(res, ok(null));
    }
    const path = decodeURIComponent(String(req.headers["file-path"]));
    uploads.push({
      path,
      bytes: body.length,
      contentLength: req.headers["content-length"],
      overwrite: req.headers.overwrite as string | undefined,
    });
    const parent = path.slice(0, path.lastIndexOf("/")) || "/";
    if (parent !== options.folder) return json(res, tamper("fsPut", fail(500, "object not found")));
    files.set(path, body.length);
    return json(res, tamper("fsPut", ok(null)));
  });
  return { ...server, files, uploads, authorizations };
}
