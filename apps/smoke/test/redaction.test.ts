/**
 * Secrets are hidden before any text is normalised: a token holding a newline, echoed by an
 * error, must not reach the JSON report or the JUnit XML in a whitespace-folded form.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";
import { fakeAlist } from "./support/fake-alist.js";

const TOKEN = "a\nbSecret-Token-5151";
const work = mkdtempSync(join(tmpdir(), "alist-smoke-redaction-"));
let server: Awaited<ReturnType<typeof fakeAlist>>;
beforeAll(async () => {
  server = await fakeAlist({ folder: "/local/ci", username: "ci", password: "pw", token: "other" });
});
afterAll(async () => {
  await server.close();
  rmSync(work, { recursive: true, force: true });
});

describe("a token with a newline", () => {
  it("appears in neither the JSON report nor the JUnit XML, whole or with its whitespace folded", async () => {
    const junit = join(work, "report.xml");
    const run = await runCli(["--target", server.url, "--dir", "/local/ci", "--json", "--junit", junit], {
      env: { ALIST_TOKEN: TOKEN },
    });
    expect(run.code).toBe(1);
    const xml = readFileSync(junit, "utf8");
    for (const output of [run.stdout, run.stderr, xml]) {
      expect(output).not.toContain("bSecret-Token-5151");
    }
    expect(run.stdout).toContain("[redacted]");
  });
});
