import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One npm install serves every test of the file; a cold npm cache makes it the slow part.
    hookTimeout: 300_000,
    testTimeout: 60_000,
  },
});
