import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("fsBatchRename", "POST /api/fs/batch_rename", {
  call: (client) =>
    client.fsBatchRename({
      src_dir: "/115/Shows/Agent 327",
      rename_objects: [{ src_name: "ep01.mkv", new_name: "Agent 327 S01E01.mkv" }],
    }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
