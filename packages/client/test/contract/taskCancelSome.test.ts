import { contractSuite } from "../support/contract.js";

contractSuite("taskCancelSome", "POST /api/task/{type}/cancel_some", {
  call: (client) => client.taskCancelSome("copy", ["V1StGXR8_Z5jdHi6B-myT", "Xx9yY8zZ7wW6vV5uU4tT3"]),
});
