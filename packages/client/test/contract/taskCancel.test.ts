import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("taskCancel", "POST /api/task/{type}/cancel", {
  call: (client) => client.taskCancel("copy", "Tq4wE8rY2uI6oP0aS5dF1"),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
