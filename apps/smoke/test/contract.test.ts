/** The contract checker against the embedded spec: what passes, and how violations read. */

import { fsObject } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { ContractChecker, loadEmbeddedSpec } from "../src/index.js";

const spec = loadEmbeddedSpec();
const checker = new ContractChecker(spec);

type Examples = Record<string, { value: unknown }>;
function jsonExamples(): Array<[string, string, unknown]> {
  const found: Array<[string, string, unknown]> = [];
  const components = spec.components as { responses?: Record<string, unknown> };
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item) as Array<{
      operationId?: string;
      responses?: Record<string, unknown>;
    }>) {
      let answer = operation.responses?.["200"] as { $ref?: string; content?: Record<string, { examples?: Examples }> };
      if (answer?.$ref) answer = components.responses?.[answer.$ref.split("/").pop() as string] as typeof answer;
      for (const [name, example] of Object.entries(answer?.content?.["application/json"]?.examples ?? {})) {
        found.push([operation.operationId as string, name, example.value]);
      }
    }
  }
  return found;
}

const folder = fsObject("ci", 0, true);
const success = (data: unknown) => ({ code: 200, message: "success", data });

describe("ContractChecker", () => {
  it.each(jsonExamples())("%s example %s matches its own schema", (operation, _name, value) => {
    expect(checker.check(operation, 200, value)).toEqual([]);
  });

  it("names the path, the type wanted and the value for a number sent as a string", () => {
    expect(checker.check("fsGet", 200, success({ ...folder, size: "276134947" }))).toEqual([
      '/data/size: expected integer, got "276134947"',
    ]);
  });

  it("reports a missing required property at its own path", () => {
    expect(checker.check("loginHash", 200, success({}))).toEqual([
      "/data/token: expected a value (required), got nothing",
    ]);
  });

  it("reports against the error envelope when code is not 200, not the success branch", () => {
    const lines = checker.check("fsGet", 200, { code: 401, message: "token is invalidated", data: { name: "x" } });
    expect(lines).toEqual(['/data: expected null, got {"name":"x"}']);
  });

  it("says once which types a value may have", () => {
    expect(checker.check("fsPut", 200, success("done"))).toEqual(['/data: expected null or object, got "done"']);
  });

  it("checks formats and nested objects", () => {
    const lines = checker.check("fsGet", 200, success({ ...folder, modified: "yesterday", hash_info: { md5: 5 } }));
    expect(lines).toContain('/data/modified: expected a date-time string, got "yesterday"');
    expect(lines).toContain("/data/hash_info/md5: expected string, got 5");
  });

  it("without a code it cannot tell the branch and reports what is missing", () => {
    expect(checker.check("fsGet", 200, { message: "x", data: null })).toContain(
      "/code: expected a value (required), got nothing",
    );
  });

  it("leaves non-JSON bodies and undeclared statuses to the client, and flags unknown operations", () => {
    expect(checker.check("ping", 200, undefined)).toEqual([]);
    expect(checker.check("fsGet", 500, { whatever: true })).toEqual([]);
    expect(checker.check("fsFly", 200, {})).toEqual(['the spec has no operation "fsFly" to check the answer against']);
    expect(checker.hasOperation("fsGet")).toBe(true);
    expect(checker.hasOperation("fsRemove")).toBe(true);
    expect(checker.hasOperation("fsFly")).toBe(false);
  });
});
