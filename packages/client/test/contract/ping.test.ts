import { describe, expect, it } from "vitest";
import { mockClient } from "../support/clients.js";
import { mediaExamples, operation } from "../support/spec.js";

const examples = mediaExamples("ping", "text/plain");

describe("ping (GET /ping)", () => {
  it("the spec gives the answer as plain text examples and needs no token", () => {
    expect(examples.length).toBeGreaterThan(0);
    expect(operation("ping").operation.security).toEqual([]);
  });

  it.each(examples)("example %s: the client accepts the answer", async (name, example) => {
    expect(example.value).toBe("pong");
    await expect(mockClient(name, "").ping()).resolves.toBeUndefined();
  });

  it("works with a token set too (the token is not needed)", async () => {
    await expect(mockClient(undefined, "some-token").ping()).resolves.toBeUndefined();
  });
});
