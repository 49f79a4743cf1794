import { contractSuite } from "../support/contract.js";

// The count is in the envelope's message (data is null); these are the examples' counts.
const MOVED: Record<string, number> = { success: 3, oneFile: 1 };

contractSuite("fsRecursiveMove", "POST /api/fs/recursive_move", {
  call: (client) =>
    client.fsRecursiveMove({
      src_dir: "/local/Downloads/Season 1",
      dst_dir: "/local/Shows/Agent 327",
      conflict_policy: "skip",
    }),
  expected: (example, name) => ({ moved: MOVED[name], message: example.message }),
});
