import { contractSuite } from "../support/contract.js";

contractSuite("taskRetrySome", "POST /api/task/{type}/retry_some", {
  call: (client) => client.taskRetrySome("decompress_upload", ["V1StGXR8_Z5jdHi6B-myT", "Xx9yY8zZ7wW6vV5uU4tT3"]),
});
