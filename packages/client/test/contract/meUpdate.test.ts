import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("meUpdate", "POST /api/me/update", {
  call: (client) => client.meUpdate({ username: "alice", password: "a much longer passphrase" }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
