/** How `ping` judges what answers at /ping, over the production transport. */
import { describe, expect, it } from "vitest";
import { AlistProtocolError, type AnswerInfo } from "../../src/index.js";
import { observedClient, RawAnswer } from "../support/observed-client.js";

async function answering(status: number, contentType: string | null, body: string) {
  const answers: AnswerInfo[] = [];
  const headers: Record<string, string> = contentType ? { "Content-Type": contentType } : {};
  const observed = await observedClient(() => new RawAnswer(status, headers, body), {
    basePath: "/prefix",
    token: "secret-token-value",
    onAnswer: (answer) => answers.push(answer),
  });
  return { ...observed, answers };
}

describe("ping", () => {
  it("accepts text/plain pong, sends GET /ping under the prefix and no token", async () => {
    const { client, seen, answers } = await answering(200, "text/plain; charset=utf-8", "pong");
    await expect(client.ping()).resolves.toBeUndefined();
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url.pathname).toBe("/prefix/ping");
    expect(seen[0]?.headers).not.toHaveProperty("authorization");
    expect(answers).toEqual([
      { operation: "ping", status: 200, contentType: "text/plain; charset=utf-8", body: undefined },
    ]);
  });

  it.each([
    ["a web page", 200, "text/html; charset=utf-8", "<!doctype html><html></html>", "text/html instead of"],
    ["a JSON envelope", 200, "application/json", '{"code":401,"message":"no","data":null}', "application/json instead"],
    ["other text", 200, "text/plain", "pang", '"pang" instead of "pong"'],
    ["an empty text body", 200, "text/plain", "", 'an empty body instead of "pong"'],
    ["HTTP 404", 404, "text/plain", "404 page not found", 'HTTP 404 instead of "pong"'],
  ])("refuses %s as a protocol error", async (_what, status, contentType, body, reason) => {
    const { client } = await answering(status, contentType, body);
    const failure = await client.ping().catch((e) => e);
    expect(failure).toBeInstanceOf(AlistProtocolError);
    expect(failure.operation).toBe("ping");
    expect(failure.reason).toContain(reason);
    expect(failure.message).not.toContain("secret-token-value");
  });
});

describe("what ping quotes", () => {
  it("quotes another server's plain-text greeting whole when it fits, never cut mid-word", async () => {
    const greeting = "Welcome to the file server of the third floor, please sign in at the front desk first";
    const { client } = await answering(200, "text/plain", greeting);
    const failure = await client.ping().catch((e) => e);
    expect(failure.reason).toBe(`${JSON.stringify(greeting)} instead of "pong"`);
  });
});
