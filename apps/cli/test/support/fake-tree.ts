/**
 * A fake AList with an in-memory tree, for put -r: fs/list (paged, with refresh), fs/mkdir
 * (parents too, as the servers do) and fs/put. It records every request and the most uploads
 * it had in flight at once, and can refuse chosen files, answer slowly, or refuse refresh.
 */
import { posix } from "node:path";
import { fsListData, fsObject, listen } from "@alist-toolkit/testkit";

export interface FakeTreeOptions {
  /** Remote paths whose upload is refused, with the code to answer (403 "permission denied" by default). */
  refuse?: Map<string, number>;
  /** Each upload's answer waits this long (so concurrent uploads overlap). */
  uploadDelayMs?: number;
  /** fs/list with refresh answers 403 "Refresh without permission". */
  refreshForbidden?: boolean;
  /** Runs before each fs/list is answered (a slow listing, during which the test changes local files). */
  beforeList?: (path: string) => Promise<void>;
}

const MESSAGES: Record<number, string> = {
  401: "token is invalidated",
  403: "permission denied",
  500: "upload not supported",
};

export interface Seen {
  route: string;
  /** The JSON body, or for fs/put the decoded File-Path. */
  body: unknown;
}

export async function fakeTree(initial: Record<string, number | "folder"> = {}, options: FakeTreeOptions = {}) {
  const folders = new Set(["/"]);
  const files = new Map<string, number>();
  /** What each upload carried, as text. */
  const contents = new Map<string, string>();
  const seen: Seen[] = [];
  const uploads = { inFlight: 0, most: 0 };
  const addFolder = (path: string) => {
    for (let at = path; at !== "/"; at = posix.dirname(at)) folders.add(at);
  };
  for (const [path, entry] of Object.entries(initial)) {
    if (entry === "folder") addFolder(path);
    else {
      addFolder(posix.dirname(path));
      files.set(path, entry);
    }
  }
  const children = (dir: string) => [
    ...[...folders]
      .filter((path) => path !== "/" && posix.dirname(path) === dir)
      .map((path) => fsObject(posix.basename(path), 0, true)),
    ...[...files]
      .filter(([path]) => posix.dirname(path) === dir)
      .map(([path, size]) => fsObject(posix.basename(path), size, false)),
  ];

  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    const answer = (code: number, message: string, data: unknown = null) => {
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ code, message, data }));
    };
    const route = `${req.method} ${req.url}`;
    if (route === "PUT /api/fs/put") {
      const path = decodeURIComponent(String(req.headers["file-path"]));
      seen.push({ route, body: path });
      uploads.inFlight += 1;
      uploads.most = Math.max(uploads.most, uploads.inFlight);
    }
    req.on("end", () => {
      const body = Buffer.concat(chunks);
      if (route === "PUT /api/fs/put") {
        const path = decodeURIComponent(String(req.headers["file-path"]));
        setTimeout(() => {
          uploads.inFlight -= 1;
          const refused = options.refuse?.get(path);
          if (refused) return answer(refused, MESSAGES[refused] ?? "refused");
          if (!folders.has(posix.dirname(path))) return answer(500, "failed get dir: object not found");
          files.set(path, body.length);
          contents.set(path, body.toString("utf8"));
          answer(200, "success");
        }, options.uploadDelayMs ?? 0);
        return;
      }
      const request = JSON.parse(body.toString("utf8") || "{}") as Record<string, unknown>;
      seen.push({ route, body: request });
      const path = String(request.path ?? "/");
      if (route === "POST /api/fs/list") {
        if (options.beforeList) return void options.beforeList(path).then(() => list(path, request));
        return list(path, request);
      }
      if (route === "POST /api/fs/mkdir") {
        if (files.has(path)) return answer(500, "file exists");
        addFolder(path);
        return answer(200, "success");
      }
      res.writeHead(200, { "Content-Type": "text/html" });
      res.end("<!doctype html><title>AList</title>");
    });
    function list(path: string, request: Record<string, unknown>) {
      if (request.refresh && options.refreshForbidden) return answer(403, "Refresh without permission");
      if (files.has(path)) return answer(500, "failed get objs: not a folder");
      if (!folders.has(path)) return answer(500, "failed get objs: failed get dir: object not found");
      const all = children(path);
      const perPage = Number(request.per_page) || all.length;
      const page = Number(request.page) || 1;
      const content = all.slice((page - 1) * perPage, page * perPage);
      return answer(200, "success", fsListData(content, all.length));
    }
  });
  return { ...server, folders, files, contents, seen, uploads };
}
