import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("fsRegexRename", "POST /api/fs/regex_rename", {
  call: (client) =>
    client.fsRegexRename({
      src_dir: "/115/Shows/Agent 327",
      src_name_regex: "^ep(\\d+)\\.mkv$",
      new_name_regex: "Agent 327 S01E$1.mkv",
    }),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
