/** Bodies quoted in error messages: whole when they fit, else cut between words, never mid-word. */
import { describe, expect, it } from "vitest";
import { excerpt, JSON_EXCERPT_LIMIT, TEXT_EXCERPT_LIMIT } from "../../src/excerpt.js";

const words = (count: number) => Array.from({ length: count }, (_, i) => `word${i}`).join(" ");

describe("excerpt", () => {
  it("keeps a short body whole, whitespace squeezed", () => {
    expect(excerpt("  404 page\n\tnot   found \n")).toBe("404 page not found");
  });

  it("cuts a long text between words and marks the cut", () => {
    const text = words(100);
    const cut = excerpt(text);
    expect(cut.length).toBeLessThanOrEqual(TEXT_EXCERPT_LIMIT + 1);
    expect(cut.endsWith("…")).toBe(true);
    // Every word shown is a whole word of the original.
    const shown = cut.slice(0, -1).split(" ");
    expect(shown.every((word, i) => word === `word${i}`)).toBe(true);
    expect(shown.length).toBeGreaterThan(10);
  });

  it("cuts a long JSON body after a member, not inside one", () => {
    const body = JSON.stringify(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`key${i}`, `value${i}`])));
    const cut = excerpt(body);
    expect(cut.length).toBeGreaterThan(TEXT_EXCERPT_LIMIT);
    expect(cut.length).toBeLessThanOrEqual(JSON_EXCERPT_LIMIT + 1);
    expect(cut).toMatch(/"value\d+",…$/);
  });

  it("keeps a whole JSON error document that a text limit would cut", () => {
    const problem = JSON.stringify({
      type: "https://stoplight.io/prism/errors#NO_PATH_MATCHED_ERROR",
      title: "Route not resolved, no path matched",
      status: 404,
      detail: "The route /api/api/me hasn't been found in the specification file",
    });
    expect(problem.length).toBeGreaterThan(TEXT_EXCERPT_LIMIT);
    expect(excerpt(problem)).toBe(problem);
  });

  it("cuts one unbroken token where it is, still marked", () => {
    expect(excerpt("x".repeat(500), 100)).toBe(`${"x".repeat(100)}…`);
  });
});
