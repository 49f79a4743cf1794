import { copyFileSync } from "node:fs";
import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "node20",
  dts: true,
  clean: true,
  sourcemap: true,
  // The bundled spec ships beside the code so tools can validate answers against it.
  onSuccess: async () => copyFileSync("src/generated/openapi.json", "dist/openapi.json"),
});
