/** Sends one request as is (no client logic: no retries, no re-login) and reads the answer whole. */
import type { Answer, SentRequest } from "./exchange.js";

export async function send(
  baseUrl: string,
  request: SentRequest,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<Answer> {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) headers.set(name, value);
  let body: string | undefined = request.rawBody;
  if (body === undefined && request.body !== undefined) {
    body = JSON.stringify(request.body);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const signals = [AbortSignal.timeout(timeoutMs), ...(signal ? [signal] : [])];
  try {
    const response = await fetch(new URL(request.path, baseUrl), {
      method: request.method,
      headers,
      ...(body !== undefined ? { body } : {}),
      redirect: "manual",
      signal: AbortSignal.any(signals),
    });
    const text = await response.text();
    const contentType = response.headers.get("content-type") ?? "";
    const answer: Answer = { status: response.status, contentType, text };
    if (/json/i.test(contentType) || /^\s*[{[]/.test(text)) {
      try {
        answer.json = JSON.parse(text);
      } catch {
        // Left without `json`: not-a-server-error reports truncated or broken JSON.
      }
    }
    return answer;
  } catch (error) {
    if (signal?.aborted) throw error;
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const reason =
      (error as Error).name === "TimeoutError"
        ? `no answer within ${timeoutMs} ms`
        : (cause ?? (error as Error).message);
    return { status: 0, contentType: "", text: "", error: reason };
  }
}
