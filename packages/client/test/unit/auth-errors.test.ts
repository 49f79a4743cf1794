import { describe, expect, it } from "vitest";
import { AlistError } from "../../src/index.js";

describe("AlistError.isAuthError", () => {
  it.each([401, 402, 429])("code %i is an authentication failure for any operation", (code) => {
    expect(new AlistError(code, "no", "fsGet").isAuthError).toBe(true);
  });

  it("a login refused with code 400 (alist v3.45: wrong user name or password) is one too", () => {
    expect(new AlistError(400, "password is incorrect", "loginHash").isAuthError).toBe(true);
    expect(new AlistError(400, "failed find user: record not found", "login").isAuthError).toBe(true);
  });

  it("code 400 outside login is not", () => {
    expect(new AlistError(400, "page can't < 1", "fsSearch").isAuthError).toBe(false);
    expect(new AlistError(500, "object not found", "fsGet").isAuthError).toBe(false);
  });
});
