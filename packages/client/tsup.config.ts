import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";
import { buildStep, dtsFor } from "../../scripts/build-step.mjs";

const step = buildStep();

export default defineConfig({
  // index: the Node build (the `node` condition, `/node`); web: every other runtime (the default, `/web`);
  // spec-walk: reading the bundled spec, for the smoke runner and tests.
  entry: ["src/index.ts", "src/web.ts", "src/spec-walk.ts"],
  format: ["esm"],
  target: "node20",
  dts: dtsFor(step, true),
  clean: true,
  sourcemap: true,
  // The bundled spec ships beside the code so tools can validate answers against it.
  onSuccess: async () => copyFileSync("src/generated/openapi.json", "dist/openapi.json"),
});
