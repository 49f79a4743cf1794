import { freePortUrl } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { AlistError, AlistNetworkError, createAlistClient } from "../../src/index.js";
import { observedClient, ok } from "../support/observed-client.js";

describe("logout", () => {
  it("sends the token to GET /api/auth/logout, then forgets it", async () => {
    const { client, seen } = await observedClient(() => ok(null), { token: "eyJ.token" });
    await client.logout();
    expect(seen[0]?.method).toBe("GET");
    expect(seen[0]?.url.pathname).toBe("/api/auth/logout");
    expect(seen[0]?.headers.authorization).toBe("eyJ.token");
    expect(client.token).toBeUndefined();
  });

  it("forgets the token when the server refuses it (it is dead anyway)", async () => {
    const { client } = await observedClient(() => ({ code: 401, message: "token is invalidated", data: null }), {
      token: "eyJ.token",
    });
    await expect(client.logout()).rejects.toBeInstanceOf(AlistError);
    expect(client.token).toBeUndefined();
  });

  it("keeps the token when the server could not be reached, so logout can be retried", async () => {
    const client = createAlistClient({ baseUrl: await freePortUrl(), token: "eyJ.token", retry: false });
    await expect(client.logout()).rejects.toBeInstanceOf(AlistNetworkError);
    expect(client.token).toBe("eyJ.token");
  });
});
