import { describe, expect, it } from "vitest";
import { AlistError, AlistNetworkError, createAlistClient } from "../../src/index.js";
import { fakeServer, ok } from "../support/fake-fetch.js";

describe("logout", () => {
  it("sends the token to GET /api/auth/logout, then forgets it", async () => {
    const { client, seen } = fakeServer(() => ok(null), "eyJ.token");
    await client.logout();
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url.pathname).toBe("/api/auth/logout");
    expect(seen[0]?.headers.get("authorization")).toBe("eyJ.token");
    expect(client.token).toBeUndefined();
  });

  it("forgets the token when the server refuses it (it is dead anyway)", async () => {
    const { client } = fakeServer(() => ({ code: 401, message: "token is invalidated", data: null }), "eyJ.token");
    await expect(client.logout()).rejects.toBeInstanceOf(AlistError);
    expect(client.token).toBeUndefined();
  });

  it("keeps the token when the server could not be reached, so logout can be retried", async () => {
    const refused = Object.assign(new TypeError("fetch failed"), { cause: { code: "ECONNREFUSED" } });
    const client = createAlistClient({
      baseUrl: "http://127.0.0.1:5244",
      token: "eyJ.token",
      fetch: () => Promise.reject(refused),
    });
    await expect(client.logout()).rejects.toBeInstanceOf(AlistNetworkError);
    expect(client.token).toBe("eyJ.token");
  });
});
