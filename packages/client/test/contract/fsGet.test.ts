import { describe, expect, it } from "vitest";
import { mockClient } from "../support/clients.js";
import { observedClient } from "../support/observed-client.js";
import { answerExamples } from "../support/spec.js";

const { successes } = answerExamples("fsGet");

describe("fsGet (POST /api/fs/get)", () => {
  it.each(successes)("example %s: size is a number and related a list or null", async (name) => {
    const object = await mockClient(name).fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
    expect(typeof object.size).toBe("number");
    expect(object.related === null || Array.isArray(object.related)).toBe(true);
  });

  it("sends password only when given, and the raw token in Authorization", async () => {
    const example = successes[0]?.[1].value;
    const { client, seen } = await observedClient(() => example, { token: "alist-static-token", retry: false });
    await client.fsGet({ path: "/p", password: "pw" });
    await client.fsGet({ path: "/p" });
    expect(seen.map((request) => request.body)).toEqual([{ path: "/p", password: "pw" }, { path: "/p" }]);
    expect(seen.map((request) => request.headers.authorization)).toEqual(["alist-static-token", "alist-static-token"]);
  });
});
