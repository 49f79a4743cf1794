import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The live contract suite needs a server: `pnpm test:live` (vitest.live.config.ts).
    exclude: ["test/live/**"],
    // One Prism mock for the whole run; tests read its URL with inject("mockUrl").
    globalSetup: ["test/setup/mock.global.ts"],
    // The files share no global state (no module mocks, stubs or fake timers), so one set of
    // workers runs them all: a fresh process and module graph per file was most of the CPU.
    isolate: false,
    // Two files at a time: on a 2-core machine vitest's default is one worker, and alone (the
    // last task of `pnpm test`) the run then leaves a core idle.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: {
      enabled: true,
      include: ["test/types/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
