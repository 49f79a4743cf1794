/** The option parsers and -H parsing, directly: what they accept, and one clear message for the rest. */
import { InvalidArgumentError } from "@commander-js/extra-typings";
import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/command-errors.js";
import { collect, jobs, seconds } from "../../src/command-kit.js";
import { parseHeaders } from "../../src/context.js";

describe("option parsers", () => {
  it("seconds: any number from 0 up to the longest timer Node keeps", () => {
    expect(seconds("0")).toBe(0);
    expect(seconds("2.5")).toBe(2.5);
    expect(seconds("2147483")).toBe(2_147_483);
    for (const bad of ["", " ", "soon", "-1", "Infinity", "NaN"]) {
      expect(() => seconds(bad), bad).toThrow(new InvalidArgumentError("expected a number of seconds (0 = no limit)"));
    }
    expect(() => seconds("2147484")).toThrow(
      new InvalidArgumentError("at most 2147483 seconds (about 24 days; 0 = no limit)"),
    );
  });

  it("jobs: a whole number from 1 to 64", () => {
    expect(jobs("1")).toBe(1);
    expect(jobs("64")).toBe(64);
    for (const bad of ["0", "65", "2.5", "four", ""]) {
      expect(() => jobs(bad), bad).toThrow(new InvalidArgumentError("expected a whole number from 1 to 64"));
    }
  });

  it("collect: each repeat appended, in order", () => {
    expect(collect("b", collect("a", undefined))).toEqual(["a", "b"]);
  });
});

describe("parseHeaders (-H)", () => {
  it("Name: value pairs, the value trimmed, an empty value kept", () => {
    expect(parseHeaders(["X-Api-Key: k1", "Prefer:example=success", "X-Empty:", "X-Tab:\tv \t"])).toEqual({
      "X-Api-Key": "k1",
      Prefer: "example=success",
      "X-Empty": "",
      "X-Tab": "v",
    });
    expect(parseHeaders(undefined)).toEqual({});
  });

  it("refuses a malformed header by its number, never repeating its value", () => {
    for (const [values, index] of [
      [["X-Api-Key secret-value"], 1],
      [["Ok: 1", "Bad Name: secret-value"], 2],
      [["Ok: 1", ": secret-value"], 2],
    ] as const) {
      let error: unknown;
      try {
        parseHeaders([...values]);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(UsageError);
      expect((error as Error).message).toBe(`-H/--header must look like "Name: value" (header ${index} does not)`);
      expect((error as Error).message).not.toContain("secret-value");
    }
  });
});
