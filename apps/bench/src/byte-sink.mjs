/**
 * Row 1's byte sink: a bare TCP server that speaks just enough HTTP/1.1 for an upload (request
 * head, `Expect: 100-continue`, a Content-Length body, keep-alive; a chunked body gets 411) and throws the body away
 * without an HTTP parser per chunk, so the sink is not what limits the upload. Every upload is
 * answered like fs/put; a body shorter than its Content-Length is reported on stderr.
 */
import { createServer } from "node:net";

const PUT_OK = JSON.stringify({ code: 200, message: "success", data: null });
const ANSWER = Buffer.from(
  `HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${PUT_OK.length}\r\nConnection: keep-alive\r\n\r\n${PUT_OK}`,
);
const REFUSE = Buffer.from("HTTP/1.1 411 Length Required\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
const CONTINUE = Buffer.from("HTTP/1.1 100 Continue\r\n\r\n");
const HEAD_END = Buffer.from("\r\n\r\n");

function onConnection(socket) {
  let head = null; // bytes of a request head not yet complete
  let remaining = 0; // body bytes still to come
  let expected = 0;
  socket.on("data", (chunk) => {
    let at = 0;
    while (at < chunk.length) {
      if (remaining > 0) {
        const take = Math.min(remaining, chunk.length - at);
        remaining -= take;
        at += take;
        if (remaining === 0) socket.write(ANSWER);
        continue;
      }
      const rest = chunk.subarray(at);
      head = head ? Buffer.concat([head, rest]) : rest;
      const end = head.indexOf(HEAD_END);
      if (end === -1) return;
      const text = head.subarray(0, end).toString("latin1");
      const afterHead = head.length - (end + 4);
      at = chunk.length - afterHead;
      head = null;
      const length = /\r\ncontent-length:[ \t]*(\d+)/i.exec(text);
      if (!length && /\r\ntransfer-encoding:/i.test(text)) {
        socket.end(REFUSE);
        return;
      }
      expected = length ? Number(length[1]) : 0;
      remaining = expected;
      if (/\r\nexpect:[ \t]*100-continue/i.test(text)) socket.write(CONTINUE);
      if (remaining === 0) socket.write(ANSWER);
    }
  });
  socket.on("end", () => {
    if (remaining > 0) console.error(`sink: expected ${expected} bytes, got ${expected - remaining}`);
  });
  socket.on("error", () => {});
}

export function startByteSink(port = 0) {
  const server = createServer(onConnection);
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
