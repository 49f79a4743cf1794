/**
 * A tiny stand-in for an AList server that records what it is sent: which token, which
 * headers, which body. For the things the Prism mock cannot show (what the CLI sent).
 */
import type { IncomingHttpHeaders } from "node:http";
import { listen } from "@alist-toolkit/testkit";

export interface Recorded {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

const OBJECT = {
  name: "report.pdf",
  size: 1234,
  is_dir: false,
  modified: "2024-05-17T13:47:55+08:00",
  created: "2024-05-17T13:47:55+08:00",
  sign: "",
  thumb: "",
  type: 0,
  hashinfo: "null",
  hash_info: null,
  raw_url: "",
  readme: "",
  header: "",
  provider: "Local",
  related: null,
};

export async function fakeAlist(token = "token-from-fake-server") {
  const requests: Recorded[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const data = req.url?.startsWith("/api/auth/login") ? { token } : req.url === "/api/fs/get" ? OBJECT : null;
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ code: 200, message: "success", data }));
    });
  });
  return { ...server, requests, token };
}
