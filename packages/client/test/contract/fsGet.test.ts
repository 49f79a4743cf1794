import { describe, expect, it } from "vitest";
import { AlistError } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { answerExamples } from "../support/spec.js";

const { successes, errors } = answerExamples("fsGet");

describe("fsGet (POST /api/fs/get)", () => {
  it.each(successes)("example %s: parses into the typed object", async (name, example) => {
    const object = await mockClient(name).fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
    expect(object).toEqual(example.value.data);
    expect(typeof object.size).toBe("number");
    expect(object.related === null || Array.isArray(object.related)).toBe(true);
  });

  it.each(errors)("example %s: surfaces code and message as AlistError", async (name, example) => {
    const failure = await mockClient(name)
      .fsGet({ path: "/local/missing.txt" })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure).toMatchObject({
      code: example.value.code,
      serverMessage: example.value.message,
      operation: "fsGet",
    });
  });

  it("sends password only when given and the raw token in Authorization", async () => {
    const object = await mockClient(undefined, "alist-static-token").fsGet({ path: "/p", password: "pw" });
    expect(object.name).toBeTypeOf("string");
  });
});
