// The rules table: each pair of mini-specs in both directions.
import { describe, expect, it } from "vitest";
import { compareSpecs } from "../src/compare.js";
import { table } from "./rule-pairs.js";

const rulesOf = (before: object, after: object) =>
  compareSpecs(before, after)
    .map((c) => c.rule)
    .sort();

describe("rules table", () => {
  describe.each(table)("%s", (_name, pair) => {
    it("forward", () => {
      expect(rulesOf(pair.before, pair.after)).toEqual([...pair.forward].sort());
    });
    it("backward", () => {
      expect(rulesOf(pair.after, pair.before)).toEqual([...pair.backward].sort());
    });
    if (pair.place) {
      it(`is placed at ${pair.place}`, () => {
        expect(compareSpecs(pair.before, pair.after)[0]?.place).toBe(pair.place);
      });
    }
  });
});
