/** Cleanup removes the scenario's folder when the spec can, and otherwise says where it is. */
import { describe, expect, it } from "vitest";
import { planCleanup, type Remover } from "../src/cleanup.js";
import { makeProbe } from "../src/probe.js";

const probe = makeProbe("/local/ci");

describe("planCleanup", () => {
  it("without a remove operation in the spec: skipped, naming the folder's path", () => {
    const unused: Remover = { fsRemove: () => Promise.reject(new Error("must not be called")) };
    expect(planCleanup(unused, false, probe, false)).toEqual({
      skip: `no remove operation in the spec; folder left at ${probe.folder}`,
    });
    expect(planCleanup(unused, false, probe, true)).toEqual({
      skip: "no remove operation in the spec; mock run: nothing was written anywhere",
    });
  });

  it("with the operation in the spec: removes exactly the scenario's folder from --dir", async () => {
    const calls: unknown[] = [];
    const client: Remover = {
      fsRemove: async (request) => {
        calls.push(request);
      },
    };
    const plan = planCleanup(client, true, probe, false);
    if (!("remove" in plan)) throw new Error("expected a remove plan");
    expect(await plan.remove()).toBe(`removed ${probe.folder}`);
    expect(calls).toEqual([{ dir: "/local/ci", names: [probe.folderName] }]);
  });
});

describe("makeProbe", () => {
  it("a fresh hidden folder with a random name inside --dir, holding 1-64 KiB of random bytes", () => {
    const a = makeProbe("/");
    const b = makeProbe("/local/ci");
    expect(a.folder).toMatch(/^\/\.alist-smoke-[0-9a-f]{16}$/);
    expect(a.path).toBe(`${a.folder}/probe.bin`);
    expect(a.renamedPath).toBe(`${a.folder}/probe-renamed.bin`);
    expect(b.folder).toBe(`/local/ci/${b.folderName}`);
    expect(a.folderName).not.toBe(b.folderName);
    for (const { bytes } of [a, b]) {
      expect(bytes.length).toBeGreaterThanOrEqual(1024);
      expect(bytes.length).toBeLessThanOrEqual(64 * 1024);
    }
  });
});
