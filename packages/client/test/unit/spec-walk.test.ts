import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  answerExamples,
  at,
  childPointer,
  deref,
  follow,
  type OpenApiDocument,
  operation,
  operations,
  pointerOf,
} from "../../src/spec-walk.js";

// A bundled spec in miniature: the answer and one example sit behind $refs, as Redocly bundles them.
const mini: OpenApiDocument = {
  paths: {
    "/api/a/{id}": {
      summary: "not an operation",
      post: { operationId: "getA", responses: { "200": { $ref: "#/components/responses/AAnswer" } } },
    },
  },
  components: {
    responses: {
      AAnswer: {
        content: {
          "application/json": {
            examples: {
              ok: { value: { code: 200, message: "success", data: [1, 2] } },
              gone: { $ref: "#/components/examples/Gone~1Missing" },
              chained: { $ref: "#/components/examples/Chain" },
            },
          },
        },
      },
    },
    examples: {
      "Gone/Missing": { summary: "gone", value: { code: 500, message: "object not found", data: null } },
      Chain: { $ref: "#/components/examples/Gone~1Missing" },
      Loop: { $ref: "#/components/examples/Loop" },
      Broken: { $ref: "#/components/examples/Nowhere" },
    },
  },
};

describe("spec walker", () => {
  it("builds and reads pointers, escaping / and ~ in keys", () => {
    expect(pointerOf(["paths", "/api/a/{id}", "post"])).toBe("#/paths/~1api~1a~1{id}/post");
    expect(childPointer("/data", "a/b~c")).toBe("/data/a~1b~0c");
    expect(at(mini, pointerOf(["paths", "/api/a/{id}", "post", "operationId"]))).toBe("getA");
    expect(at({ data: [10, 20] }, "/data/1")).toBe(20);
    expect(at(mini, "")).toBe(mini);
  });

  it("answers undefined for what is not there, also through a missing or scalar node", () => {
    expect(at(mini, "#/components/nothing")).toBeUndefined();
    expect(at(mini, "#/components/nothing/deeper")).toBeUndefined();
    expect(at({ code: 200 }, "/code/deeper")).toBeUndefined();
    expect(follow(mini, "#/components/examples/Broken")).toBeUndefined();
  });

  it("follows chains of $refs, by pointer and by node, and stops at a cycle", () => {
    expect(follow(mini, "#/components/examples/Chain")).toBe("#/components/examples/Gone~1Missing");
    expect(deref(mini, { $ref: "#/components/examples/Chain" })).toMatchObject({ summary: "gone" });
    expect(deref(mini, { value: 1 })).toEqual({ value: 1 });
    expect(() => follow(mini, "#/components/examples/Loop")).toThrow("$ref cycle");
    expect(() => deref(mini, { $ref: "#/components/examples/Loop" })).toThrow("$ref cycle");
  });

  it("lists operations with their pointer, skipping other path keys", () => {
    expect(operations(mini).map(({ path, method, pointer }) => [path, method, pointer])).toEqual([
      ["/api/a/{id}", "post", "#/paths/~1api~1a~1{id}/post"],
    ]);
    expect(() => operation(mini, "nope")).toThrow("no operation nope");
  });

  it("gives an operation's named answer examples with every $ref followed", () => {
    expect(answerExamples(mini, "getA").map(([name, example]) => [name, example.value])).toEqual([
      ["ok", { code: 200, message: "success", data: [1, 2] }],
      ["gone", { code: 500, message: "object not found", data: null }],
      ["chained", { code: 500, message: "object not found", data: null }],
    ]);
    expect(answerExamples(mini, "getA", "text/plain")).toEqual([]);
  });

  it("refuses an example whose $ref leads nowhere instead of giving no value", () => {
    const broken = structuredClone(mini);
    const media = at(broken, "#/components/responses/AAnswer/content/application~1json") as { examples: object };
    media.examples = { lost: { $ref: "#/components/examples/Broken" } };
    expect(() => answerExamples(broken, "getA")).toThrow("example lost of getA has no value");
  });

  it("follows the bundled spec's shared examples: tokenInvalidated of fsGet is a $ref", () => {
    const spec = JSON.parse(
      readFileSync(new URL("../../src/generated/openapi.json", import.meta.url), "utf8"),
    ) as OpenApiDocument;
    const raw = at(spec, `${operation(spec, "fsGet").pointer}/responses/200/content/application~1json/examples`);
    expect((raw as Record<string, unknown>).tokenInvalidated).toEqual({
      $ref: "#/components/examples/TokenInvalidated",
    });
    expect(new Map(answerExamples(spec, "fsGet")).get("tokenInvalidated")?.value).toEqual({
      code: 401,
      message: "token is invalidated",
      data: null,
    });
  });
});
