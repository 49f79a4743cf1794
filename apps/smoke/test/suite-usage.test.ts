/** The suite's options: help lists every check id and the login limit; bad values are usage errors. */
import { describe, expect, it } from "vitest";
import { CHECK_IDS } from "../src/suite/check-ids.js";
import { runCli } from "./support/cli.js";

describe("suite options", () => {
  it("--help lists every check id and says how failed logins are limited", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const id of CHECK_IDS) expect(run.stdout).toContain(`  ${id} `);
    expect(run.stdout).toMatch(/at most 2 failed logins per run, with a user name that does not\s+exist/);
    expect(run.stdout).toContain("code 429");
  });

  it.each([
    [["--suite", "full", "--checks", "no-such-check"], "--checks: unknown check no-such-check"],
    [["--suite", "full", "--fuzz", "ten"], "--fuzz must be a whole number >= 1"],
    [["--suite", "everything"], "--suite must be smoke or full"],
    [["--record", "/tmp/x"], "--record needs --suite full or --fuzz N"],
  ])("%j: exit 2 with one clear line", async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toContain(message);
    expect(run.stdout).toBe("");
  });
});
