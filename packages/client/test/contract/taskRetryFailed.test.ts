import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("taskRetryFailed", "POST /api/task/{type}/retry_failed", {
  call: (client) => client.taskRetryFailed("offline_download"),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
