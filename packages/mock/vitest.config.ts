import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // The client from source: a package dependency on it would make a cycle (its tests use this mock).
    alias: { "@alist-toolkit/client": fileURLToPath(new URL("../client/src/index.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/setup/build.global.ts"],
    // The files share no global state (no module mocks, stubs or fake timers), so the workers
    // run file after file without a fresh process and module graph for each.
    isolate: false,
    testTimeout: 60_000,
  },
});
