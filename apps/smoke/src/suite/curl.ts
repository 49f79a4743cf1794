/**
 * A `curl` command that sends the same request again. The run's token is written as
 * `$ALIST_TOKEN` (set it in the shell), never as its value; the suite's bad token is shown as is.
 */
import type { Exchange } from "./exchange.js";

const quote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

export function curlCommand(baseUrl: string, exchange: Exchange): string {
  const { request } = exchange;
  const parts = ["curl", "-sS", "-X", request.method, quote(new URL(request.path, baseUrl).toString())];
  for (const [name, value] of Object.entries(request.headers)) {
    if (name.toLowerCase() === "authorization") {
      parts.push("-H", exchange.auth === "token" ? '"Authorization: $ALIST_TOKEN"' : quote(`Authorization: ${value}`));
    } else if (name.toLowerCase() !== "content-length") parts.push("-H", quote(`${name}: ${value}`));
  }
  if (request.rawBody !== undefined) {
    parts.push("--data-binary", quote(request.rawBody));
  } else if (request.body !== undefined) {
    parts.push("-H", quote("Content-Type: application/json"), "--data-binary", quote(JSON.stringify(request.body)));
  }
  return parts.join(" ");
}
