import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("fsRename", "POST /api/fs/rename", {
  call: (client) => client.fsRename({ path: "/115/Movies/Sintel (2010).mkv", name: "Sintel.2010.1080p.mkv" }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
