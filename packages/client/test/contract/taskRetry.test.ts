import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("taskRetry", "POST /api/task/{type}/retry", {
  call: (client) => client.taskRetry("offline_download_transfer", "Tq4wE8rY2uI6oP0aS5dF1"),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
