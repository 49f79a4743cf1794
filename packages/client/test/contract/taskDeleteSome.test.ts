import { contractSuite } from "../support/contract.js";

contractSuite("taskDeleteSome", "POST /api/task/{type}/delete_some", {
  call: (client) => client.taskDeleteSome("upload", ["V1StGXR8_Z5jdHi6B-myT", "Xx9yY8zZ7wW6vV5uU4tT3"]),
});
