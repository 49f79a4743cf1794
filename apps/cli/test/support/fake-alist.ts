/**
 * A tiny stand-in for an AList server that records what it is sent: which token, which
 * headers, which body. For the things the Prism mock cannot show (what the CLI sent).
 */
import type { IncomingHttpHeaders } from "node:http";
import { fsObject, listen } from "@alist-toolkit/testkit";

export interface Recorded {
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export async function fakeAlist(token = "token-from-fake-server") {
  const requests: Recorded[] = [];
  const server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      requests.push({ url: req.url ?? "", headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      const data = req.url?.startsWith("/api/auth/login")
        ? { token }
        : req.url === "/api/fs/get"
          ? fsObject("report.pdf", 1234, false)
          : null;
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ code: 200, message: "success", data }));
    });
  });
  return { ...server, requests, token };
}
