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
    testTimeout: 60_000,
  },
});
