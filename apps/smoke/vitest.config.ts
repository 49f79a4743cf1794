import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The CLI tests run dist/cli.js: turbo builds it first (apps/smoke/turbo.json).
    globalSetup: ["test/setup/built.global.ts"],
    // The files share no global state (no module mocks, stubs or fake timers), so the workers
    // run file after file without a fresh process and module graph for each.
    isolate: false,
    // Two files at a time: on a 2-core machine vitest's default is one worker, and alone (the
    // last task of `pnpm test`) the run then leaves a core idle.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
