// The gate on the repository's real history: the commit that added the 36 operations is all
// safe additions, and its generated types gain those paths.
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { runDiff } from "../src/run.js";
import { repoRoot } from "./support/clone.js";

function commitAdding36Operations(): string {
  const found = execFileSync("git", ["log", "--format=%H", "--grep=(36 new)", "--", "spec/openapi.yaml"], {
    cwd: repoRoot,
    encoding: "utf8",
  })
    .trim()
    .split("\n")
    .filter(Boolean);
  if (found.length !== 1) throw new Error(`expected one commit "(36 new)" on spec/, found ${found.length}`);
  return found[0] as string;
}

describe("spec gate on real history", () => {
  it("rates the commit that added the 36 operations as safe additions only", async () => {
    const sha = commitAdding36Operations();
    const report = await runDiff({ cwd: repoRoot, base: `${sha}^`, head: sha, types: () => true });
    expect(report.verdict.pass).toBe(true);
    expect(report.changes.filter((c) => c.level !== "safe")).toEqual([]);
    const added = report.changes.filter((c) => c.rule === "path-added").map((c) => c.place);
    expect(added).toHaveLength(36);
    expect(added).toContain("POST /api/fs/list");
    expect(report.typesDiff).toMatch(/^\+ {4}"\/api\/fs\/list": \{$/m);
    expect(report.typesDiff).not.toMatch(/^- {4}"\/api\//m);
  });
});
