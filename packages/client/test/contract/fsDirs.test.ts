import { contractSuite } from "../support/contract.js";

contractSuite("fsDirs", "POST /api/fs/dirs", {
  call: (client) => client.fsDirs({ path: "/115" }),
  // The client hands `data: null` (no subfolders) to callers as [].
  expected: (example) => example.data ?? [],
});
