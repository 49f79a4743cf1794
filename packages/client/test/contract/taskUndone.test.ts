import { contractSuite } from "../support/contract.js";

contractSuite("taskUndone", "GET /api/task/{type}/undone", {
  call: (client) => client.taskUndone("upload"),
});
