import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("taskDelete", "POST /api/task/{type}/delete", {
  call: (client) => client.taskDelete("decompress", "Tq4wE8rY2uI6oP0aS5dF1"),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
