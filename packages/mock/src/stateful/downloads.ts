/** `/d/<path>` and `/p/<path>`: a file's bytes, checked against its `sign`, with Range. */
import type { IncomingMessage, ServerResponse } from "node:http";
import { pipeline } from "node:stream/promises";
import { parseRange, readContent } from "./content.js";
import type { MockState } from "./context.js";
import { Fail, objectNotFound } from "./fail.js";
import { cleanPath } from "./tree.js";

const MIME: Record<string, string> = {
  mkv: "video/x-matroska",
  mp4: "video/mp4",
  mp3: "audio/mpeg",
  png: "image/png",
  svg: "image/svg+xml",
  txt: "text/plain; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  json: "application/json",
  srt: "text/plain; charset=utf-8",
  ass: "text/plain; charset=utf-8",
  lrc: "text/plain; charset=utf-8",
};

export async function serveDownload(state: MockState, url: URL, request: IncomingMessage, response: ServerResponse) {
  const proxy = url.pathname.startsWith("/p/");
  const path = cleanPath(decodeURIComponent(url.pathname.slice(2)));
  const entry = state.tree.find(path);
  if (!entry || entry.isDir || !entry.content) throw objectNotFound();
  if (!state.signer.verify(path, url.searchParams.get("sign"))) throw new Fail(401, "sign mismatch");
  const ext = (entry.name.split(".").pop() ?? "").toLowerCase();
  const range = parseRange(request.headers.range, entry.size);
  const headers: Record<string, string | number> = {
    "Content-Type": MIME[ext] ?? "application/octet-stream",
    "Accept-Ranges": "bytes",
    "Last-Modified": entry.modified.toUTCString(),
    "Content-Disposition": `${proxy ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(entry.name)}`,
  };
  if (range === "invalid") {
    response.writeHead(416, { ...headers, "Content-Range": `bytes */${entry.size}` }).end();
    return;
  }
  const { start, end } = range ?? { start: 0, end: entry.size - 1 };
  if (range) headers["Content-Range"] = `bytes ${start}-${end}/${entry.size}`;
  response.writeHead(range ? 206 : 200, { ...headers, "Content-Length": end - start + 1 });
  if (request.method === "HEAD") {
    response.end();
    return;
  }
  await pipeline(readContent(entry.content, start, end), response);
}
