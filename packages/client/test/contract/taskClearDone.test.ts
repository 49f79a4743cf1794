import { contractSuite, resolvesEmpty } from "../support/contract.js";

contractSuite("taskClearDone", "POST /api/task/{type}/clear_done", {
  call: (client) => client.taskClearDone("upload"),
  // data null: the call resolves with nothing.
  expected: resolvesEmpty,
});
