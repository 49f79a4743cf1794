/**
 * The committed captures of real servers (spec/captures/<server>/) keep the spec honest: every
 * recorded answer must still match it, answers broken on purpose must not, and CONFORMANCE.md
 * must be what `pnpm conformance` writes from them.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  captureProblems,
  conformanceMarkdown,
  loadEmbeddedSpec,
  readCaptures,
  validateRecordedExchange,
} from "../src/index.js";
import { SpecModel } from "../src/suite/spec-model.js";

const root = new URL("../../../", import.meta.url);
const captures = readCaptures(new URL("spec/captures/", root).pathname);
const servers = [...new Set(captures.map((capture) => capture.server))];

function find(operationId: string, code: number) {
  const found = captures.find(
    (c) => c.recorded.operationId === operationId && (c.recorded.response.body as { code?: number })?.code === code,
  );
  if (!found) throw new Error(`no capture of ${operationId} with code ${code}`);
  return structuredClone(found.recorded);
}

describe("captures of real servers", () => {
  it("hold both server lines, each with every operation the suite runs live", () => {
    expect(servers).toEqual(["alist-v3.45.0", "openlist-v4-main-0b1e9d09"]);
    for (const server of servers) {
      const ops = new Set(captures.filter((c) => c.server === server).map((c) => c.recorded.operationId));
      expect(ops.size, server).toBeGreaterThanOrEqual(38);
    }
  });

  it("every recorded answer still matches the spec", () => {
    expect(captureProblems(captures)).toEqual([]);
  });

  it("a size sent as a string is rejected", () => {
    const recorded = find("fsGet", 200);
    (recorded.response.body as { data: { size: unknown } }).data.size = "276134947";
    expect(validateRecordedExchange(recorded).join("\n")).toMatch(/\/data\/size/);
  });

  it("a login success without a token is rejected", () => {
    const recorded = find("loginHash", 200);
    (recorded.response.body as { data: Record<string, unknown> }).data = {};
    expect(validateRecordedExchange(recorded).join("\n")).toMatch(/token/);
  });

  it("an error answered with an undocumented code is rejected", () => {
    const recorded = find("fsGet", 500);
    (recorded.response.body as { code: number }).code = 418;
    expect(validateRecordedExchange(recorded).join("\n")).toMatch(/code-conformance/);
  });

  it("CONFORMANCE.md is up to date (run `pnpm conformance` after recording)", () => {
    const spec = loadEmbeddedSpec();
    const expected = conformanceMarkdown(captures, [...new SpecModel(spec).operations.keys()], spec);
    expect(readFileSync(new URL("CONFORMANCE.md", root), "utf8")).toBe(expected);
  });
});
