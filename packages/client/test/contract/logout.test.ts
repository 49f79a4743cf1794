import { expect, it } from "vitest";
import { mockClient } from "../support/clients.js";

it("logout forgets the token once the server has answered", async () => {
  const client = mockClient("success", "eyJhbGciOiJIUzI1NiJ9.e30.x");
  await client.logout();
  expect(client.token).toBeUndefined();
});
