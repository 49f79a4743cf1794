/** `pnpm conformance`: writes CONFORMANCE.md at the repository root from spec/captures/. */
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { conformanceMarkdown, readCaptures } from "./conformance.js";
import { loadEmbeddedSpec } from "./spec.js";
import { SpecModel } from "./suite/spec-model.js";

const root = resolve(process.argv[2] ?? ".");
const spec = loadEmbeddedSpec();
const operationIds = [...new SpecModel(spec).operations.keys()];
writeFileSync(
  resolve(root, "CONFORMANCE.md"),
  conformanceMarkdown(readCaptures(resolve(root, "spec/captures")), operationIds, spec),
);
process.stdout.write(`wrote ${resolve(root, "CONFORMANCE.md")}\n`);
