import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One Prism mock for the whole run, and a check that the CLI has been built.
    globalSetup: ["test/setup/mock.global.ts"],
    // The tests mostly wait on CLI subprocesses and local servers: two files at a time halve the
    // wall time on a 2-core machine (the default there is one).
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Compile-time tests (options typed from the registrations): `vitest run` typechecks them.
    typecheck: {
      enabled: true,
      include: ["test/types/**/*.test-d.ts"],
      tsconfig: "./tsconfig.json",
    },
  },
});
