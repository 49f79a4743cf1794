/** The record format: secrets replaced, and the validator rejects a capture the spec does not accept. */
import { fsObject } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { redactor } from "../src/redact.js";
import type { Exchange } from "../src/suite/exchange.js";
import { toRecorded } from "../src/suite/record.js";
import { validateRecordedExchange } from "../src/suite/validate-exchange.js";

const TOKEN = "eyJtoken.Secret\nPart-8181";
const exchange = (operationId: string, body: unknown, answer: unknown): Exchange => ({
  seq: 1,
  operationId,
  label: "positive",
  intent: "positive",
  request: { method: "POST", path: "/api/x", headers: { Authorization: TOKEN }, body },
  answer: { status: 200, contentType: "application/json; charset=utf-8", text: JSON.stringify(answer), json: answer },
  auth: "token",
  ms: 1,
});

describe("recorded exchanges", () => {
  const redact = redactor([TOKEN, "hunter2"]);

  it("replace tokens, passwords and signs with placeholders, also a secret the server echoed", () => {
    const recorded = toRecorded(
      exchange(
        "loginHash",
        { username: "admin", password: "hunter2" },
        {
          code: 200,
          message: `hello ${TOKEN}`,
          data: { token: TOKEN, sign: "abc=:0", raw_url: "http://h/p/a.txt?sign=abc=:0" },
        },
      ),
      redact,
    );
    const text = JSON.stringify(recorded);
    expect(text).not.toContain("Secret");
    expect(text).not.toContain("hunter2");
    expect(text).not.toContain("abc=");
    expect(recorded.request.headers.Authorization).toBe("<token>");
    expect(recorded.request.body).toEqual({ username: "admin", password: "<password>" });
    expect(recorded.response.body).toMatchObject({
      code: 200,
      data: { token: "<token>", sign: "<sign>", raw_url: "http://h/p/a.txt?sign=<sign>" },
    });
  });

  it("a real-looking login answer validates; one without a token or with size as a string does not", () => {
    const good = toRecorded(exchange("loginHash", {}, { code: 200, message: "success", data: { token: "t" } }), redact);
    expect(validateRecordedExchange(good)).toEqual([]);
    const noToken = toRecorded(exchange("loginHash", {}, { code: 200, message: "success", data: {} }), redact);
    expect(validateRecordedExchange(noToken).join("\n")).toMatch(/response-schema-conformance: \/data\/token/);
    const sized = toRecorded(
      exchange(
        "fsGet",
        {},
        {
          code: 200,
          message: "success",
          data: { ...fsObject("a", 1, false), size: "1" },
        },
      ),
      redact,
    );
    expect(validateRecordedExchange(sized).join("\n")).toMatch(/\/data\/size: expected integer/);
  });
});
