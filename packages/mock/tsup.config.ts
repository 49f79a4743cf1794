import { copyFileSync } from "node:fs";
import { defineConfig, type Options } from "tsup";
import { buildStep, dtsFor } from "../../scripts/build-step.mjs";

const step = buildStep();

const library: Options = {
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "node20",
  dts: dtsFor(step, { entry: "src/index.ts" }),
  clean: true,
  // The spec the static mock serves ships inside the package (DEFAULT_SPEC_PATH finds it here).
  onSuccess: async () => copyFileSync("../client/src/generated/openapi.json", "dist/openapi.json"),
};

// The CLI has no declarations: a declarations-only run builds the library's alone.
export default defineConfig(
  step === "types"
    ? [library]
    : [
        library,
        {
          // The CLI is one file with its dependencies inside: start-up is mostly module loading.
          entry: ["src/cli.ts"],
          format: ["esm"],
          target: "node20",
          noExternal: ["openapi-backend", "ajv", "ajv-formats", "busboy", "otpauth"],
          // Bundled CommonJS still calls require() for Node's built-ins.
          banner: {
            js: 'import { createRequire as __mockRequire } from "node:module"; const require = __mockRequire(import.meta.url);',
          },
        },
      ],
);
