/**
 * A fake AList serving a fixed tree for get -r: fs/get and fs/list answer from `listings`
 * (folder path -> its raw entries, so a test can send names no real server would), and each
 * file's raw_url points at /blob, which sends its bytes, answers 500, or sends a little and
 * then stalls (for interrupting a download).
 */
import { posix } from "node:path";
import { fsListData, fsObject, type Listening, listen } from "@alist-toolkit/testkit";

export type Blob = Buffer | "fail" | "stall";

export interface FakeDownloadTree extends Listening {
  /** Paths whose bytes were asked for, in order. */
  fetched: string[];
}

export async function fakeDownloadTree(
  listings: Record<string, Array<ReturnType<typeof fsObject>>>,
  blobs: Record<string, Blob>,
): Promise<FakeDownloadTree> {
  const fetched: string[] = [];
  let base = "";
  const server = await listen((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      body += chunk;
    });
    req.on("end", () => {
      const answer = (code: number, message: string, data: unknown = null) => {
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(JSON.stringify({ code, message, data }));
      };
      const url = new URL(req.url ?? "/", "http://fake");
      if (url.pathname === "/blob") {
        const path = url.searchParams.get("path") ?? "";
        fetched.push(path);
        const blob = blobs[path];
        if (blob === "fail" || blob === undefined) {
          res.writeHead(500, { "Content-Type": "text/plain" });
          return res.end("storage error");
        }
        if (blob === "stall") {
          res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": 1_000_000 });
          return void res.write(Buffer.alloc(64 * 1024, 1));
        }
        res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": blob.length });
        return res.end(blob);
      }
      const request = JSON.parse(body || "{}") as { path?: string };
      const path = request.path ?? "/";
      if (url.pathname === "/api/fs/list") {
        const content = listings[path];
        if (!content) return answer(500, "failed get objs: failed get dir: object not found");
        return answer(200, "success", fsListData(content));
      }
      if (url.pathname === "/api/fs/get") {
        const name = posix.basename(path);
        if (listings[path]) return answer(200, "success", fsObject(name, 0, true));
        const blob = blobs[path];
        if (blob === undefined) return answer(500, "object not found");
        const size = Buffer.isBuffer(blob) ? blob.length : blob === "stall" ? 1_000_000 : 10;
        const raw_url = `${base}/blob?path=${encodeURIComponent(path)}`;
        return answer(200, "success", { ...fsObject(name, size, false), raw_url });
      }
      answer(404, "no such route");
    });
  });
  base = server.url;
  return { ...server, fetched };
}
