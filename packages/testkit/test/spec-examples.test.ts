import { describe, expect, it } from "vitest";
import { answerExamples, type BundledSpec, mediaExamples, operations } from "../src/index.js";

// A bundled spec in miniature: the answer and one example sit behind $refs, as Redocly bundles them.
const spec = {
  paths: {
    "/api/thing": {
      summary: "not an operation",
      post: { operationId: "getThing", responses: { "200": { $ref: "#/components/responses/ThingAnswer" } } },
    },
  },
  components: {
    responses: {
      ThingAnswer: {
        content: {
          "application/json": {
            examples: {
              ok: { value: { code: 200, message: "success", data: { id: 1 } } },
              gone: { $ref: "#/components/examples/Gone~1Missing" },
            },
          },
        },
      },
    },
    examples: { "Gone/Missing": { value: { code: 500, message: "object not found", data: null } } },
  },
} as BundledSpec;

describe("the spec's named examples", () => {
  it("lists operations with their path and method, skipping other path keys", () => {
    expect(operations(spec).map(({ path, method, operation }) => [path, method, operation.operationId])).toEqual([
      ["/api/thing", "post", "getThing"],
    ]);
  });

  it("splits an operation's answer examples by code, following $refs", () => {
    const { successes, errors } = answerExamples(spec, "getThing");
    expect(successes).toEqual([["ok", { value: { code: 200, message: "success", data: { id: 1 } } }]]);
    expect(errors).toEqual([["gone", { value: { code: 500, message: "object not found", data: null } }]]);
  });

  it("lists one media type's examples, and nothing for a media type the answer lacks", () => {
    expect(mediaExamples(spec, "getThing", "application/json").map(([name]) => name)).toEqual(["ok", "gone"]);
    expect(mediaExamples(spec, "getThing", "text/plain")).toEqual([]);
  });

  it("refuses an unknown operation", () => {
    expect(() => answerExamples(spec, "nope")).toThrow("no operation nope");
  });
});
