/**
 * Benchmark fixture servers on 127.0.0.1, run in their own process so they get their own
 * core: `sink` swallows uploads and answers like fs/put; `fsget` answers every request with a
 * fixed fs/get envelope. Prints the port on stdout once listening.
 */
import { createServer } from "node:http";

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

const server = createServer((req, res) => {
  let bytes = 0;
  req.on("data", (chunk) => {
    bytes += chunk.length;
  });
  req.on("end", () => {
    const body = mode === "sink" ? PUT_OK : FS_GET;
    res.writeHead(200, {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Length": Buffer.byteLength(body),
    });
    res.end(body);
    if (mode === "sink" && req.headers["content-length"] && Number(req.headers["content-length"]) !== bytes) {
      console.error(`sink: expected ${req.headers["content-length"]} bytes, got ${bytes}`);
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
