/**
 * Requests that break the contract are refused by the mock, which proves the mock enforces
 * the spec (and so a green contract test means the client keeps to it). Raw fetch on purpose:
 * the typed client cannot even express these requests (see test/types).
 */
import { describe, expect, inject, it } from "vitest";

const url = (path: string) => `${inject("mockUrl")}${path}`;

describe("the mock refuses requests that break the contract", () => {
  it("fs/put without File-Path: 422", async () => {
    const res = await fetch(url("/api/fs/put"), {
      method: "PUT",
      headers: { Authorization: "t", "Content-Type": "application/octet-stream" },
      body: "hello",
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json()).toLowerCase()).toContain("file-path");
  });

  it("fs/put with a JSON body: 415", async () => {
    const res = await fetch(url("/api/fs/put"), {
      method: "PUT",
      headers: { Authorization: "t", "Content-Type": "application/json", "File-Path": "%2Fa.txt" },
      body: JSON.stringify({ path: "/a.txt" }),
    });
    expect(res.status).toBe(415);
  });

  it("login without username: 422", async () => {
    const res = await fetch(url("/api/auth/login"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ password: "x" }),
    });
    expect(res.status).toBe(422);
    expect(JSON.stringify(await res.json())).toContain("username");
  });

  it("fs/get without a token: 401", async () => {
    const res = await fetch(url("/api/fs/get"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ path: "/" }),
    });
    expect(res.status).toBe(401);
  });

  it("login needs no token: 200 with the success example", async () => {
    const res = await fetch(url("/api/auth/login/hash"), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ username: "admin", password: "x" }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).code).toBe(200);
  });
});
