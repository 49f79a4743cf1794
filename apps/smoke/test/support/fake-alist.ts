/**
 * Small local servers on 127.0.0.1 that answer like an AList server (or like something
 * else at its address), to drive the runner through real HTTP.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { fsListData, fsObject, type Listening, listen } from "@alist-toolkit/testkit";

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

type Operation = "fsGet" | "fsPut" | "loginHash" | "fsMkdir" | "fsList" | "fsRename" | "fsRemove";

export interface FakeAlistOptions {
  /** The only folder that exists. */
  folder: string;
  username: string;
  password: string;
  /** The token login hands out (and the only one accepted). */
  token: string;
  /** Changes an answer before it is sent, to break the contract on purpose. */
  tamper?: (operation: Operation, envelope: Record<string, unknown>) => unknown;
}

export interface Upload {
  path: string;
  bytes: number;
  contentLength: string | undefined;
  overwrite: string | undefined;
}

/**
 * A fake AList: ping, hash login, fs/get, fs/put, fs/mkdir, fs/list, fs/rename and fs/remove on
 * an in-memory tree below `folder`; other routes: the web page.
 */
export async function fakeAlist(options: FakeAlistOptions) {
  const files = new Map<string, number>();
  const folders = new Set<string>([options.folder]);
  const parentOf = (path: string) => path.slice(0, path.lastIndexOf("/")) || "/";
  const join = (dir: string, name: string) => `${dir === "/" ? "" : dir}/${name}`;
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
    const routes = ["POST /api/fs/get", "PUT /api/fs/put", "POST /api/fs/remove", "POST /api/fs/mkdir"];
    if (![...routes, "POST /api/fs/list", "POST /api/fs/rename"].includes(route)) {
      return send(res, "text/html", WEB_PAGE);
    }
    authorizations.push(req.headers.authorization);
    if (req.headers.authorization !== options.token) return json(res, fail(401, "token is invalidated"));
    const request = route.startsWith("POST") ? (JSON.parse(body.toString("utf8")) as Record<string, string>) : {};
    const path = request.path ?? "";
    const name = path.split("/").pop() ?? "";
    if (route === "POST /api/fs/get") {
      const size = files.get(path);
      const found = folders.has(path)
        ? ok(fsObject(name, 0, true))
        : size !== undefined
          ? ok(fsObject(name, size, false))
          : fail(500, "object not found");
      return json(res, tamper("fsGet", found));
    }
    if (route === "POST /api/fs/mkdir") {
      if (!folders.has(parentOf(path))) return json(res, tamper("fsMkdir", fail(500, "object not found")));
      folders.add(path);
      return json(res, tamper("fsMkdir", ok(null)));
    }
    if (route === "POST /api/fs/list") {
      if (!folders.has(path)) return json(res, fail(500, "failed get objs: failed get dir: object not found"));
      const content = [...files]
        .filter(([file]) => parentOf(file) === path)
        .map(([file, size]) => fsObject(file.split("/").pop() ?? "", size, false));
      return json(res, tamper("fsList", ok(fsListData(content))));
    }
    if (route === "POST /api/fs/rename") {
      const size = files.get(path);
      if (size === undefined) return json(res, fail(500, "failed to get src object: object not found"));
      files.delete(path);
      files.set(join(parentOf(path), request.name ?? ""), size);
      return json(res, tamper("fsRename", ok(null)));
    }
    if (route === "POST /api/fs/remove") {
      // Like the server: a name that does not exist is skipped silently; a folder goes with its content.
      const { dir, names } = request as unknown as { dir: string; names: string[] };
      for (const entry of names.map((each) => join(dir, each))) {
        const inside = (other: string) => other === entry || other.startsWith(`${entry}/`);
        for (const file of [...files.keys()].filter(inside)) files.delete(file);
        for (const folder of [...folders].filter(inside)) folders.delete(folder);
      }
      return json(res, tamper("fsRemove", ok(null)));
    }
    const target = decodeURIComponent(String(req.headers["file-path"]));
    uploads.push({
      path: target,
      bytes: body.length,
      contentLength: req.headers["content-length"],
      overwrite: req.headers.overwrite as string | undefined,
    });
    if (!folders.has(parentOf(target))) return json(res, tamper("fsPut", fail(500, "object not found")));
    files.set(target, body.length);
    return json(res, tamper("fsPut", ok(null)));
  });
  return { ...server, files, folders, uploads, authorizations };
}
