// Regenerates src/generated/ from spec/openapi.yaml: the bundled spec snapshot and the
// TypeScript types. With --check it writes nothing and fails when the committed files differ.
// With --types-of SPEC it prints the types generated from another spec file (the spec gate uses it
// to show what user code would notice between two versions of the spec).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const here = dirname(fileURLToPath(import.meta.url));
const packageDir = resolve(here, "..");
const specPath = resolve(packageDir, "../../spec/openapi.yaml");
const outDir = join(packageDir, "src/generated");
const check = process.argv.includes("--check");

const HEADER = `/**
 * DO NOT EDIT: generated from spec/openapi.yaml by \`pnpm generate\`.
 * Change the spec, then regenerate; CI fails when this file and the spec disagree.
 */

`;

function bundleSpec(specPath) {
  const tmp = mkdtempSync(join(tmpdir(), "alist-spec-"));
  try {
    const out = join(tmp, "openapi.json");
    const redocly = join(packageDir, "node_modules/.bin/redocly");
    execFileSync(redocly, ["bundle", specPath, "--ext", "json", "-o", out], { stdio: "pipe" });
    return JSON.parse(readFileSync(out, "utf8"));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

// Request bodies declared `format: binary` are streams or blobs in JS, not strings.
const BINARY = ts.factory.createUnionTypeNode([
  ts.factory.createTypeReferenceNode("Blob"),
  ts.factory.createTypeReferenceNode("ReadableStream<Uint8Array>"),
  ts.factory.createTypeReferenceNode("Uint8Array"),
]);

async function render(specPath) {
  const spec = bundleSpec(specPath);
  const ast = await openapiTS(spec, {
    transform(schemaObject) {
      if (schemaObject.format === "binary") return BINARY;
    },
  });
  return {
    "openapi.json": `${JSON.stringify(spec, null, 2)}\n`,
    "schema.ts": HEADER + astToString(ast),
  };
}

const typesOf = process.argv.indexOf("--types-of");
if (typesOf !== -1) {
  const other = process.argv[typesOf + 1];
  if (!other) {
    console.error("--types-of needs a spec file");
    process.exit(2);
  }
  process.stdout.write((await render(resolve(other)))["schema.ts"]);
  process.exit(0);
}

const files = await render(specPath);
const stale = [];
for (const [name, content] of Object.entries(files)) {
  const path = join(outDir, name);
  let current = null;
  try {
    current = readFileSync(path, "utf8");
  } catch {}
  if (current === content) continue;
  if (check) stale.push(relative(process.cwd(), path));
  else writeFileSync(path, content);
}
if (stale.length > 0) {
  console.error(`Generated files are out of date with spec/: ${stale.join(", ")}`);
  console.error("Fix: run `pnpm generate` and commit the result.");
  process.exit(1);
}
console.log(
  check
    ? "Generated files match spec/."
    : `Generated ${Object.keys(files).join(", ")} in ${relative(process.cwd(), outDir)}`,
);
