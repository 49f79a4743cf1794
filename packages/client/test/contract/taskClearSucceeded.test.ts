import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("taskClearSucceeded", "POST /api/task/{type}/clear_succeeded", {
  call: (client) => client.taskClearSucceeded("copy"),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
