import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { answerExamples, answerViolations, type BundledSpec, documentedCodes } from "../src/index.js";

const spec = JSON.parse(
  readFileSync(new URL("../../client/src/generated/openapi.json", import.meta.url), "utf8"),
) as BundledSpec;

describe("answerViolations", () => {
  it("accepts every named example of fsGet and loginHash", () => {
    for (const id of ["fsGet", "loginHash"]) {
      const { successes, errors } = answerExamples(spec, id);
      for (const [, example] of [...successes, ...errors])
        expect(answerViolations(spec, id, example.value)).toEqual([]);
    }
  });

  it("rejects a size sent as a string and a login success without a token", () => {
    const [, file] = answerExamples(spec, "fsGet").successes[0] ?? [];
    const value = file?.value as { data: Record<string, unknown> };
    expect(answerViolations(spec, "fsGet", { ...value, data: { ...value.data, size: "276134947" } })).not.toEqual([]);
    expect(answerViolations(spec, "loginHash", { code: 200, message: "success", data: {} })).not.toEqual([]);
  });
});

describe("documentedCodes", () => {
  it("lists the codes of an operation's examples", () => {
    const codes = documentedCodes(spec, "fsSearch");
    expect(codes.has(200) && codes.has(500) && codes.has(404)).toBe(true);
    expect(codes.has(418)).toBe(false);
  });
});
