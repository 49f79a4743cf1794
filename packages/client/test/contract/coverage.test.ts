import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { operations } from "../support/spec.js";

describe("contract coverage", () => {
  const ids = operations().map((entry) => entry.operation.operationId);

  it("the spec has operations, each with a unique camelCase operationId", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it.each(ids)("operation %s has a contract test file", (id) => {
    expect(existsSync(new URL(`./${id}.test.ts`, import.meta.url)), `add test/contract/${id}.test.ts`).toBe(true);
  });
});
