import { contractSuite } from "../support/contract.js";

const bytes = "hello, alist\n";

contractSuite("fsForm", "PUT /api/fs/form", {
  call: (client, example) =>
    client.uploadForm(new Blob([bytes], { type: "text/plain" }), "/115/Movies/notes.txt", {
      asTask: example.data !== null,
      lastModified: 1715924875417,
    }),
  // The result is the upload's size, plus the task when the example has one.
  expected: (example) => {
    const data = example.data as { task: unknown } | null;
    return { size: bytes.length, ...(data ? { task: data.task } : {}) };
  },
});
