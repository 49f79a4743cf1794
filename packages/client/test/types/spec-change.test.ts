/**
 * A response type changed in the spec must fail the typecheck of code that uses it. Types are
 * generated from two mini-specs in mini-spec/ (the second one turns `size` from an integer into
 * a string), and the same user code is compiled against each through the client's own
 * `SuccessData`, the type every typed call's result is derived from.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const here = dirname(fileURLToPath(import.meta.url));
const operationTypes = join(here, "../../src/operation-types.js");
const work = mkdtempSync(join(tmpdir(), "spec-change-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const USER_CODE = `
import type { SuccessData } from ${JSON.stringify(operationTypes)};
import type { operations } from "./schema.js";
declare const thing: SuccessData<operations["thingGet"]>;
const bytes: number = thing.size;
export const label: string = \`\${thing.name}: \${bytes} bytes\`;
`;

/** Generates the mini-spec's types and compiles the user code against them; returns the errors. */
async function typeErrors(spec: string): Promise<string[]> {
  const dir = mkdtempSync(join(work, "case-"));
  const ast = await openapiTS(new URL(`./mini-spec/${spec}`, import.meta.url));
  writeFileSync(join(dir, "schema.ts"), astToString(ast));
  writeFileSync(join(dir, "user.ts"), USER_CODE);
  const program = ts.createProgram([join(dir, "user.ts")], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    skipLibCheck: true,
  });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.endsWith("user.ts"))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("a response type changed in the spec", () => {
  it("compiles against the spec it was written for", async () => {
    expect(await typeErrors("thing.yaml")).toEqual([]);
  }, 60_000);

  it("fails the typecheck where the user reads the changed field", async () => {
    const errors = await typeErrors("thing-size-is-text.yaml");
    expect(errors).toEqual([expect.stringMatching(/Type 'string' is not assignable to type 'number'/)]);
  }, 60_000);
});
