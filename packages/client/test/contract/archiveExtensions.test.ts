import { contractSuite } from "../support/contract.js";

contractSuite("archiveExtensions", "GET /api/public/archive_extensions", {
  call: (client) => client.archiveExtensions(),
  // The client hands `data: null` to callers as [].
  expected: (example) => example.data ?? [],
});
