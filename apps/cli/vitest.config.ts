import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism mock for the whole run, and a check that the CLI has been built.
    globalSetup: ["test/setup/mock.global.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
