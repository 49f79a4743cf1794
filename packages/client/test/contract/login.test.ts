import { describe, expect, it } from "vitest";
import { AlistError, AlistOtpError } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { answerExamples } from "../support/spec.js";

const { successes, errors } = answerExamples("login");

describe("login (POST /api/auth/login, plain password)", () => {
  it.each(successes)("example %s: returns the token and keeps it", async (name, example) => {
    const client = mockClient(name, "");
    const result = await client.login({ username: "admin", password: "secret", plain: true });
    expect(result).toEqual(example.value.data);
    expect(client.token).toBe((example.value.data as { token: string }).token);
  });

  it.each(errors)("example %s: surfaces code and message as AlistError", async (name, example) => {
    const client = mockClient(name, "");
    const failure = await client.login({ username: "admin", password: "secret", plain: true }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure).toMatchObject({
      code: example.value.code,
      serverMessage: example.value.message,
      operation: "login",
    });
    expect(failure instanceof AlistOtpError).toBe(example.value.code === 402);
    expect(client.token).toBeUndefined();
  });

  it("a 402 without a code asks for one; with a code it says the code was wrong", async () => {
    const asked = await mockClient("otpRequired", "")
      .login({ username: "admin", password: "secret", plain: true })
      .catch((e) => e);
    expect(asked).toBeInstanceOf(AlistOtpError);
    expect(asked.otpRequired).toBe(true);
    const wrong = await mockClient("otpRequired", "")
      .login({ username: "admin", password: "secret", otpCode: "000000", plain: true })
      .catch((e) => e);
    expect(wrong.otpRequired).toBe(false);
  });
});
