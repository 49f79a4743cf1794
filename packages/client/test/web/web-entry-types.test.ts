/**
 * The web entry's types mention no Node type: a consumer compiles against them with
 * `types: []` (no @types/node) and only the DOM's lib, from the sources and from the built
 * declarations. The Node entry, compiled the same way, fails: the check can see Node types.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const consumer = here("./fixtures/web-consumer.ts");

/** Type errors of the consumer when `@entry` is `entry`, with no Node types in scope. */
function errorsAgainst(entry: string): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2024.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
    types: [],
    skipLibCheck: false,
    paths: { "@entry": [entry] },
  };
  const program = ts.createProgram([consumer], options);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `${d.file?.fileName ?? ""}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

const built = here("../../dist/web.d.ts");

describe("the web entry's types", () => {
  it("compile without Node types, from the sources", () => {
    expect(errorsAgainst(here("../../src/web.ts"))).toEqual([]);
  });

  it.skipIf(!existsSync(built))(
    `compile without Node types, from the built declarations${existsSync(built) ? "" : " (skipped: run pnpm build first)"}`,
    () => {
      expect(errorsAgainst(built)).toEqual([]);
    },
  );

  it("the Node entry, by contrast, needs Node's types", () => {
    const errors = errorsAgainst(here("../../src/index.ts"));
    expect(errors.join("\n")).toMatch(/Cannot find (module|name) '(node:|Buffer|NodeJS)/);
  });
});
