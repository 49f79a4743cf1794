/**
 * Benchmark fixture servers on 127.0.0.1, run in their own process so they get their own
 * core: `sink` swallows uploads and answers like fs/put (byte-sink.mjs, no HTTP parser);
 * `http-sink` does the same through node:http, for comparison; `fsget` answers every request with a
 * fixed fs/get envelope; `alist <latency ms>` acts like AList for a tree upload (fs/list says
 * every folder is empty, fs/mkdir and fs/put succeed), each answer sent after the given
 * latency, as a real server and network add; GET /bench/stats returns and resets its counts.
 * Prints the port on stdout once listening.
 */
import { createServer } from "node:http";
import { startByteSink } from "./byte-sink.mjs";

const mode = process.argv[2];
const FS_GET = JSON.stringify({
  code: 200,
  message: "success",
  data: {
    name: "Big Buck Bunny.mkv",
    size: 276134947,
    is_dir: false,
    modified: "2024-05-17T13:47:55.4174917+08:00",
    created: "2024-05-17T13:47:55.4174917+08:00",
    sign: "5cwkEfJk4e-2M1wFKG3mXnQ2W7k4e9NqtZMS8Q3nX7Y=:0",
    thumb: "",
    type: 2,
    hashinfo: "null",
    hash_info: null,
    raw_url: "http://127.0.0.1:5244/p/local/Big%20Buck%20Bunny.mkv",
    readme: "",
    header: "",
    provider: "Local",
    related: null,
  },
});
const PUT_OK = JSON.stringify({ code: 200, message: "success", data: null });

const json = (res, body) => {
  res.writeHead(200, { "Content-Type": "application/json; charset=utf-8", "Content-Length": Buffer.byteLength(body) });
  res.end(body);
};

/** `alist` mode: what a tree upload needs, answered after `latency` ms. */
function alistFixture(latency) {
  const EMPTY = JSON.stringify({
    code: 200,
    message: "success",
    data: { content: null, total: 0, readme: "", header: "", write: true, provider: "Local" },
  });
  let stats = { lists: 0, mkdirs: 0, puts: 0, bytes: 0, badLengths: 0 };
  return (req, res) => {
    let bytes = 0;
    req.on("data", (chunk) => {
      bytes += chunk.length;
    });
    req.on("end", () => {
      const route = `${req.method} ${req.url}`;
      if (route === "GET /bench/stats") {
        const body = JSON.stringify(stats);
        stats = { lists: 0, mkdirs: 0, puts: 0, bytes: 0, badLengths: 0 };
        return json(res, body);
      }
      let body = PUT_OK;
      if (route === "POST /api/fs/list") {
        stats.lists += 1;
        body = EMPTY;
      } else if (route === "POST /api/fs/mkdir") stats.mkdirs += 1;
      else if (route === "PUT /api/fs/put") {
        stats.puts += 1;
        stats.bytes += bytes;
        if (Number(req.headers["content-length"]) !== bytes) stats.badLengths += 1;
      } else body = JSON.stringify({ code: 404, message: `not in the fixture: ${route}`, data: null });
      setTimeout(() => json(res, body), latency);
    });
  };
}

/** `http-sink` and `fsget`: one fixed answer, at once. */
function fixedAnswer(req, res) {
  let bytes = 0;
  req.on("data", (chunk) => {
    bytes += chunk.length;
  });
  req.on("end", () => {
    const body = mode === "http-sink" ? PUT_OK : FS_GET;
    res.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
    if (mode === "http-sink" && req.headers["content-length"] && Number(req.headers["content-length"]) !== bytes) {
      console.error(`sink: expected ${req.headers["content-length"]} bytes, got ${bytes}`);
    }
  });
}

if (mode === "sink") {
  const sink = await startByteSink();
  console.log(sink.address().port);
} else {
  const server = createServer(mode === "alist" ? alistFixture(Number(process.argv[3] ?? 5)) : fixedAnswer);
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => console.log(server.address().port));
}
