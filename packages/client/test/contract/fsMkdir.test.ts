import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("fsMkdir", "POST /api/fs/mkdir", {
  call: (client) => client.fsMkdir({ path: "/115/Movies/Extras/Behind the scenes" }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
