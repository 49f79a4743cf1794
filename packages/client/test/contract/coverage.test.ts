import { describe, expect, it } from "vitest";
import { operations } from "../support/spec.js";
import { OPERATION_TABLE } from "./operation-table.js";

describe("contract coverage", () => {
  const ids = operations().map((entry) => entry.operation.operationId);

  it("the spec has operations, each with a unique camelCase operationId", () => {
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
  });

  it("the operation table has exactly one row per operation of the spec", () => {
    expect(Object.keys(OPERATION_TABLE).sort()).toEqual([...ids].sort());
  });
});
