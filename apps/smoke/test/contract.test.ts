/** The contract checker against the embedded spec: what passes, and how violations read. */

import { answerExamples, operations } from "@alist-toolkit/client/spec-walk";
import { fsObject } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { ContractChecker, loadEmbeddedSpec } from "../src/index.js";

const spec = loadEmbeddedSpec();
const checker = new ContractChecker(spec);

/** Every named JSON answer example of every operation, shared ones ($ref) followed. */
function jsonExamples(): Array<[string, string, unknown]> {
  return operations(spec).flatMap(({ operation }) =>
    answerExamples(spec, operation.operationId).map(
      ([name, example]) => [operation.operationId, name, example.value] as [string, string, unknown],
    ),
  );
}

const folder = fsObject("ci", 0, true);
const success = (data: unknown) => ({ code: 200, message: "success", data });

describe("ContractChecker", () => {
  it.each(jsonExamples())("%s example %s matches its own schema", (operation, _name, value) => {
    expect(value).toMatchObject({ code: expect.any(Number) });
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
