import { defineConfig } from "tsup";
import { buildStep, dtsFor } from "../../scripts/build-step.mjs";

const step = buildStep();

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts", "src/conformance-cli.ts"],
  format: ["esm"],
  target: "node20",
  dts: dtsFor(step, { entry: "src/index.ts" }),
  clean: true,
});
