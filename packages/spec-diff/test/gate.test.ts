// The gate end to end, on a clone of this repository: uncommitted spec edits are judged against
// HEAD, as on main with a dirty spec/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type Clone, cloneRepo } from "./support/clone.js";

let repo: Clone;
beforeAll(() => {
  repo = cloneRepo();
});
afterEach(() => repo.reset());
afterAll(() => repo.remove());

const dropWebProxy = (text: string) =>
  text.replace(/\n {6}web_proxy:\n {8}type: boolean\n {8}description: AlistGo only\./, "");
const PLACE = "POST /api/fs/get response 200: FsGetSuccess.data.web_proxy";
const SUMMARY = /^spec gate ok: \d+ changes? from [0-9a-f]{7} \(HEAD; spec\/ has uncommitted changes\) to working tree/;

describe("spec gate", () => {
  it("passes a safe change silently, with a summary line that counts it", async () => {
    repo.edit("spec/schemas/FsGetData.yaml", (t) =>
      t.replace("      web_proxy:\n", "      mount_details:\n        type: string\n      web_proxy:\n"),
    );
    const { code, stdout, stderr } = await repo.run("--gate");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(SUMMARY);
    expect(stdout).toMatch(/: 0 breaking for clients, 0 for servers, [1-9]\d* safe\n$/);
  });

  it("fails a client-breaking change, naming the rule, the place and the generated-type change", async () => {
    repo.edit("spec/schemas/FsGetData.yaml", dropWebProxy);
    const { code, stdout } = await repo.run("--gate");
    expect(code).toBe(1);
    expect(stdout).toMatch(/^spec gate FAILED/);
    expect(stdout).toContain(`response-property-removed          ${PLACE}`);
    expect(stdout).toMatch(/^-\s+web_proxy\?: boolean;$/m);
    expect(stdout).toContain(`place: ${JSON.stringify(PLACE)}`);
  });

  it("passes the break once the allow-list names it with a reason", async () => {
    repo.edit("spec/schemas/FsGetData.yaml", dropWebProxy);
    repo.write(
      "spec/breaking-changes.yaml",
      `acknowledged:\n  - rule: response-property-removed\n    place: ${JSON.stringify(PLACE)}\n    reason: no server sends it\n`,
    );
    const { code, stdout } = await repo.run("--gate", "--no-types");
    expect(code).toBe(0);
    expect(stdout).toContain("breaking for clients (1 acknowledged)");
  });

  it("passes the break when the client package takes a breaking version bump", async () => {
    repo.edit("spec/schemas/FsGetData.yaml", dropWebProxy);
    repo.edit("packages/client/package.json", (t) =>
      t.replace(/"version": "0\.(\d+)\.\d+"/, (_m, minor) => `"version": "0.${Number(minor) + 1}.0"`),
    );
    const { code } = await repo.run("--gate", "--no-types");
    expect(code).toBe(0);
  });

  it("prints JSON and Markdown reports", async () => {
    repo.edit("spec/schemas/FsGetData.yaml", dropWebProxy);
    const json = await repo.run("--json", "--no-types");
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout);
    expect(report.pass).toBe(false);
    expect(report.unacknowledged).toContainEqual({ rule: "response-property-removed", place: PLACE });
    const md = await repo.run("--markdown", "--no-types");
    expect(md.code).toBe(1);
    expect(md.stdout).toContain("| breaking-client | `response-property-removed` |");
    expect(md.stdout).toContain("**not acknowledged**");
  });

  it("on main with a clean spec/, compares with the previous commit", async () => {
    // The verdict depends on what the last commit did; the base chosen does not.
    const { stdout } = await repo.run("--gate", "--no-types");
    const parent = repo.git("rev-parse", "--short=7", "HEAD~1").trim();
    expect(stdout).toContain(`from ${parent} (previous commit; HEAD is part of main) to working tree`);
  });

  it("on a branch, compares with the merge base with main", async () => {
    const mainHead = repo.git("rev-parse", "--short=7", "HEAD").trim();
    repo.git("checkout", "--quiet", "-b", "feature");
    try {
      repo.edit("spec/schemas/FsGetData.yaml", dropWebProxy);
      repo.git("-c", "user.name=t", "-c", "user.email=t@localhost", "commit", "--quiet", "-am", "drop web_proxy");
      const { code, stdout } = await repo.run("--gate", "--no-types");
      expect(code).toBe(1);
      expect(stdout).toContain(`from ${mainHead} (merge base with main) to working tree`);
      expect(stdout).toContain(`response-property-removed          ${PLACE}`);
    } finally {
      repo.git("checkout", "--quiet", "main");
      repo.git("branch", "--quiet", "-D", "feature");
    }
  });

  it("refuses a base that names no commit with one line and exit code 2", async () => {
    const { code, stdout, stderr } = await repo.run("no-such-ref");
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toBe("spec-diff: no such commit: no-such-ref\n");
  });

  it("refuses an unknown option with exit code 2", async () => {
    const { code, stderr } = await repo.run("--frobnicate");
    expect(code).toBe(2);
    expect(stderr).toBe("spec-diff: unknown option '--frobnicate'\n");
  });
});
