import { describe, expect, it } from "vitest";
import { AlistError, AlistOtpError } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { answerExamples } from "../support/spec.js";

const { successes, errors } = answerExamples("loginHash");

describe("loginHash (POST /api/auth/login/hash, the default login)", () => {
  it.each(successes)("example %s: returns the token and keeps it", async (name, example) => {
    const client = mockClient(name, "");
    const result = await client.login({ username: "admin", password: "secret" });
    expect(result).toEqual(example.value.data);
    expect(client.token).toBe((example.value.data as { token: string }).token);
  });

  it.each(errors)("example %s: surfaces code and message as AlistError", async (name, example) => {
    const failure = await mockClient(name, "")
      .login({ username: "admin", password: "secret" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure).toMatchObject({
      code: example.value.code,
      serverMessage: example.value.message,
      operation: "loginHash",
    });
    expect(failure instanceof AlistOtpError).toBe(example.value.code === 402);
  });
});
