import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("fsRemoveEmptyDirectory", "POST /api/fs/remove_empty_directory", {
  call: (client) => client.fsRemoveEmptyDirectory({ src_dir: "/local/Downloads" }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
