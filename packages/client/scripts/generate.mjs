// Regenerates src/generated/ from spec/openapi.yaml: the bundled spec snapshot and the
// TypeScript types, the operation table and the enums' names. With --check it writes nothing and fails when the committed files differ.
// With --types-of SPEC it prints the types generated from another spec file (the spec gate uses it
// to show what user code would notice between two versions of the spec).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { get } from "@hyperjump/json-pointer";
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

/** Follows a local `$ref` (`#/components/...`) of the bundled spec. */
function deref(spec, node) {
  if (!node?.$ref) return node;
  return get(decodeURIComponent(node.$ref.slice(1)), spec);
}

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

/**
 * The operation table: every operationId with its method, path and the flags the client acts
 * on (`x-idempotent`: safe to send again, so retried; `envelope`: answered with {code, message, data}).
 */
function renderOperations(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op?.operationId) continue;
      const ok = deref(spec, op.responses?.["200"])?.content ?? {};
      const envelope = "application/json" in ok;
      const idempotent = op["x-idempotent"] === true;
      rows.push(
        `  ${op.operationId}: { method: "${method}", path: "${path}", idempotent: ${idempotent}, envelope: ${envelope} },`,
      );
    }
  }
  return `${HEADER}import type { operations } from "./schema.js";

/** Every operation of the spec: how it is sent, and whether it may be sent again. */
export const operationTable = {
${rows.join("\n")}
} as const satisfies Record<keyof operations, { method: string; path: string; idempotent: boolean; envelope: boolean }>;

export type OperationId = keyof typeof operationTable;
`;
}

/** Walks every schema, yielding those that name their values (x-enum-varnames, x-bit-names). */
function* namedSchemas(node, name) {
  if (typeof node !== "object" || node === null) return;
  const own = node["x-enum-name"] ?? node.title ?? name;
  if (node["x-enum-varnames"] || node["x-bit-names"]) yield [own, node];
  for (const [key, child] of Object.entries(node)) {
    if (key.startsWith("x-") || key === "examples" || key === "example") continue;
    yield* namedSchemas(child, undefined);
  }
}

/** The meanings the spec gives enum values and bits, as tables the client and CLI read. */
function renderEnums(spec) {
  const out = [];
  const seen = new Set();
  for (const [key, schema] of Object.entries(spec.components.schemas)) {
    for (const [name, node] of namedSchemas(schema, key)) {
      if (seen.has(name)) continue;
      seen.add(name);
      if (node["x-enum-varnames"]) {
        const pairs = node.enum.map((value, i) => `  ${node["x-enum-varnames"][i]}: ${JSON.stringify(value)},`);
        const texts = node.enum.map(
          (value, i) =>
            `  ${JSON.stringify(value)}: ${JSON.stringify(node["x-enum-descriptions"]?.[i] ?? node["x-enum-varnames"][i])},`,
        );
        out.push(`/** ${name}: each value by name. */\nexport const ${name} = {\n${pairs.join("\n")}\n} as const;\n`);
        out.push(
          `/** ${name}: what each value means, in words. */\nexport const ${name}Text: Readonly<Record<number, string>> = {\n${texts.join("\n")}\n};\n`,
        );
      }
      if (node["x-done-states"]) {
        out.push(
          `/** ${name}: the values a task does not leave on its own. */\nexport const ${name}Done: readonly number[] = ${JSON.stringify(node["x-done-states"])};\n`,
        );
      }
      if (node["x-bit-names"]) {
        out.push(
          `/** ${name}: the bits every server line gives the same meaning, by bit number. */\nexport const ${name}Bits: readonly string[] = ${JSON.stringify(node["x-bit-names"])};\n`,
        );
        const lines = node["x-bit-names-by-line"] ?? {};
        out.push(
          `/** ${name}: bits whose meaning depends on the server line. */\nexport const ${name}BitsByLine: Readonly<Record<string, Readonly<Record<number, string>>>> = ${JSON.stringify(lines)};\n`,
        );
      }
    }
  }
  return HEADER + out.join("\n");
}

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
    "operations.ts": renderOperations(spec),
    "enums.ts": renderEnums(spec),
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
