import { contractSuite } from "../support/contract.js";

contractSuite("taskDone", "GET /api/task/{type}/done", {
  call: (client) => client.taskDone("offline_download"),
});
