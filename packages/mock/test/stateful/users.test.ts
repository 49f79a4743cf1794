/** Accounts: login forms, 2FA, the rate limit, raw tokens, restart, the read-only user and the guest. */
import { AlistError, createAlistClient } from "@alist-toolkit/client";
import { TOTP } from "otpauth";
import { describe, expect, it } from "vitest";
import { hashPassword, startMock } from "../../src/index.js";
import { useMock } from "./support.js";

const OTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";
const h = useMock({
  users: [
    { username: "admin", password: "admin", role: "admin" },
    { username: "reader", password: "reader", permission: 0 },
    { username: "otp", password: "pw", otp_secret: OTP_SECRET },
    { username: "guest", password: "", role: "guest" },
  ],
});

const login = (path: string, body: object) => h.call(path, body, "");

describe("stateful mock: users", () => {
  it("logs in with the plain password and with its hash; /api/me shows the user", async () => {
    const plain = await login("/api/auth/login", { username: "admin", password: "admin" });
    const hashed = await login("/api/auth/login/hash", { username: "admin", password: hashPassword("admin") });
    for (const answer of [plain, hashed]) expect((answer.data as { token: string }).token).toMatch(/^eyJ/);
    const me = await h.call("/api/me", undefined, (hashed.data as { token: string }).token);
    expect(me.data).toMatchObject({ username: "admin", role: 2, permission: 0x30ff, password: "", otp: false });
  });

  it("answers a wrong password and an unknown user with AList's messages", async () => {
    expect(await login("/api/auth/login", { username: "reader", password: "nope" })).toEqual({
      code: 400,
      message: "password is incorrect",
      data: null,
    });
    expect(await login("/api/auth/login", { username: "ghost", password: "x" })).toMatchObject({
      code: 400,
      message: "failed find user: record not found",
    });
  });

  it("asks for the one-time code with 402 and accepts the right one", async () => {
    const client = createAlistClient({ baseUrl: h.mock.url, retry: false });
    await expect(client.login({ username: "otp", password: "pw" })).rejects.toMatchObject({
      code: 402,
      serverMessage: "Invalid 2FA code",
    });
    const otpCode = new TOTP({ secret: OTP_SECRET }).generate();
    await client.login({ username: "otp", password: "pw", otpCode });
    expect((await client.me()).otp).toBe(true);
  });

  it("locks a client out with 429 after 5 failed logins, even with the right password", async () => {
    const mock = await startMock({ mode: "stateful" });
    try {
      const attempt = (password: string) =>
        fetch(`${mock.url}/api/auth/login`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ username: "admin", password }),
        }).then((res) => res.json());
      for (let i = 0; i < 5; i++) expect((await attempt("wrong")).code).toBe(400);
      expect(await attempt("admin")).toMatchObject({
        code: 429,
        message:
          "Too many unsuccessful sign-in attempts have been made using an incorrect username or password, Try again later.",
      });
    } finally {
      await mock.stop();
    }
  });

  it("takes the raw token only: Bearer and garbage are 'token is invalidated'; no token is refused", async () => {
    for (const token of [`Bearer ${h.token()}`, "garbage"]) {
      expect(await h.call("/api/me", undefined, token)).toEqual({
        code: 401,
        message: "token is invalidated",
        data: null,
      });
    }
    const res = await fetch(`${h.mock.url}/api/me`);
    expect(await res.json()).toEqual({ code: 401, message: "Guest user is disabled, login please", data: null });
  });

  it("POST /__mock/restart drops every token, as a server restart does", async () => {
    const client = await h.as("reader", "reader");
    const token = (await login("/api/auth/login", { username: "reader", password: "reader" })).data as {
      token: string;
    };
    await fetch(`${h.mock.url}/__mock/restart`, { method: "POST" });
    expect(await h.call("/api/me", undefined, token.token)).toMatchObject({
      code: 401,
      message: "token is invalidated",
    });
    // The client logs in again by itself.
    expect((await client.me()).username).toBe("reader");
    await h.admin.me();
  });

  it("logout forgets the token; a password change ends older tokens", async () => {
    const answer = await login("/api/auth/login", { username: "reader", password: "reader" });
    const token = (answer.data as { token: string }).token;
    await h.call("/api/auth/logout", undefined, token);
    expect(await h.call("/api/me", undefined, token)).toMatchObject({ code: 401 });
    const mock = await startMock({ mode: "stateful" });
    try {
      const client = createAlistClient({ baseUrl: mock.url, retry: false, relogin: false });
      const { token: old } = await client.login({ username: "reader", password: "reader" });
      await client.meUpdate({ username: "reader", password: "new-secret" });
      const res = await fetch(`${mock.url}/api/me`, { headers: { Authorization: old } });
      expect(await res.json()).toMatchObject({ code: 401, message: "Password has been changed, login please" });
    } finally {
      await mock.stop();
    }
  });

  it("sets up 2FA: generate gives a secret, verify takes a code of it", async () => {
    const client = await h.as("reader", "reader");
    const { secret, qr } = await client.twoFactorGenerate();
    expect(qr).toMatch(/^data:image\/png;base64,/);
    await expect(client.twoFactorVerify({ secret, code: "000000" })).rejects.toBeInstanceOf(AlistError);
    await client.twoFactorVerify({ secret, code: new TOTP({ secret }).generate() });
    expect((await client.me()).otp).toBe(true);
  });

  it("the guest (when enabled) reads without a token but cannot write, update itself or see tasks", async () => {
    const mock = await startMock({ mode: "stateful", guest: true });
    try {
      const guest = createAlistClient({ baseUrl: mock.url, retry: false });
      expect((await guest.me()).role).toBe(1);
      expect((await guest.fsList({ path: "/local" })).total).toBe(6);
      await expect(guest.fsMkdir({ path: "/local/x" })).rejects.toMatchObject({ serverMessage: "permission denied" });
      await expect(guest.meUpdate({ username: "guest", password: "x" })).rejects.toMatchObject({
        serverMessage: "Guest user can not update profile",
      });
      await expect(guest.taskUndone("copy")).rejects.toMatchObject({ code: 403, serverMessage: "You are a guest" });
      expect(mock.violations).toEqual([]);
    } finally {
      await mock.stop();
    }
  });
});
