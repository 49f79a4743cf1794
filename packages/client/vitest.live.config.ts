import { defineConfig } from "vitest/config";

// The contract suite against a live server (no mock): ALIST_TARGET and a login from the environment.
export default defineConfig({
  test: {
    include: ["test/live/**/*.live.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One session, one scratch folder: the rows run in order.
    sequence: { concurrent: false },
    fileParallelism: false,
  },
});
