import { contractSuite } from "../support/contract.js";

contractSuite("taskInfo", "POST /api/task/{type}/info", {
  call: (client) => client.taskInfo("upload", "V1StGXR8_Z5jdHi6B-myT"),
});
