/** Cleanup removes the probe once spec and client can, and otherwise says where it is. */
import { describe, expect, it } from "vitest";
import { planCleanup } from "../src/cleanup.js";
import { makeProbe } from "../src/probe.js";

const probe = makeProbe("/local/ci");

describe("planCleanup", () => {
  it("without a remove operation in the spec: skipped, naming the probe's path", () => {
    expect(planCleanup({}, false, probe, false)).toEqual({
      skip: `no remove operation in the spec; probe left at ${probe.path}`,
    });
    expect(planCleanup({}, false, probe, true)).toEqual({
      skip: "no remove operation in the spec; mock run: nothing was written anywhere",
    });
  });

  it("with the operation in the spec but not in the client: skipped, saying so", () => {
    expect(planCleanup({}, true, probe, false)).toEqual({
      skip: `the client has no fsRemove yet; probe left at ${probe.path}`,
    });
  });

  it("with both: removes exactly the probe from its folder", async () => {
    const calls: unknown[] = [];
    const client = { fsRemove: async (request: unknown) => calls.push(request) };
    const plan = planCleanup(client, true, probe, false);
    if (!("remove" in plan)) throw new Error("expected a remove plan");
    expect(await plan.remove()).toBe(`removed ${probe.path}`);
    expect(calls).toEqual([{ dir: "/local/ci", names: [probe.name] }]);
  });
});

describe("makeProbe", () => {
  it("a hidden random name inside the folder and 1-64 KiB of random bytes", () => {
    const a = makeProbe("/");
    const b = makeProbe("/local/ci");
    expect(a.path).toMatch(/^\/\.alist-smoke-[0-9a-f]{16}\.bin$/);
    expect(b.path).toBe(`/local/ci/${b.name}`);
    expect(a.name).not.toBe(b.name);
    for (const { bytes } of [a, b]) {
      expect(bytes.length).toBeGreaterThanOrEqual(1024);
      expect(bytes.length).toBeLessThanOrEqual(64 * 1024);
    }
  });
});
