import { expect, it } from "vitest";
import { mockClient } from "../support/clients.js";
import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("logout", "GET /api/auth/logout", {
  call: (client) => client.logout(),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});

it("logout forgets the token once the server has answered", async () => {
  const client = mockClient("success", "eyJhbGciOiJIUzI1NiJ9.e30.x");
  await client.logout();
  expect(client.token).toBeUndefined();
});
