import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests run dist/cli.js: turbo builds it first (apps/smoke/turbo.json).
    globalSetup: ["test/setup/built.global.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
