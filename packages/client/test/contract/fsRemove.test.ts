import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("fsRemove", "POST /api/fs/remove", {
  call: (client) => client.fsRemove({ dir: "/local/Downloads", names: ["Cosmos Laundromat.mp4", "partial.tmp"] }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
