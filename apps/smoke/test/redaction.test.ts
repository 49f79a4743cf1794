/**
 * Secrets never reach a report: a token that could not be a header value is refused before
 * anything is sent, naming the header and never the value; and secrets are hidden before any
 * text is normalised, so a newline folded into a space cannot let one through.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redactor } from "../src/redact.js";
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
  it("is a usage error (exit 2) naming the header, not the value; no report is written, no request carries it", async () => {
    const junit = join(work, "report.xml");
    const run = await runCli(["--target", server.url, "--dir", "/local/ci", "--json", "--junit", junit], {
      env: { ALIST_TOKEN: TOKEN },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/Authorization header/);
    for (const output of [run.stdout, run.stderr]) expect(output).not.toContain("bSecret-Token-5151");
    expect(existsSync(junit)).toBe(false);
    expect(server.authorizations).toEqual([]);
  });
});

describe("redactor", () => {
  it("hides a secret with a newline as is and JSON-escaped, before any folding", () => {
    const redact = redactor([TOKEN]);
    const text = `got ${TOKEN} and ${JSON.stringify(TOKEN)}`;
    const folded = redact(text).replace(/\s+/g, " ");
    expect(folded).not.toContain("bSecret-Token-5151");
    expect(folded).toBe('got [redacted] and "[redacted]"');
  });
});
