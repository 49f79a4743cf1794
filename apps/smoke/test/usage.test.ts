/** Usage errors: exit 2 with one clear line on stderr, nothing on stdout, no secret echoed. */
import { describe, expect, it } from "vitest";
import { runCli } from "./support/cli.js";

const SECRET = "hunter2-Secret-5151";

describe("usage errors exit 2", () => {
  it.each([
    [["--target", "http://127.0.0.1:9", "--token", SECRET], {}, "--dir is required with --target"],
    [["--target", "http://127.0.0.1:9", "--dir", "/x"], {}, "a live run needs credentials"],
    [["--target", "http://127.0.0.1:9", "--dir", "/x", "--username", "ci"], {}, "--username needs a password"],
    [["--target", "http://127.0.0.1:9", "--dir", "/x", "--password-stdin"], {}, "--password-stdin needs --username"],
    [["--target", "ftp://host", "--dir", "/x", "--token", SECRET], {}, "--target must start with http:// or https://"],
    [["--target", "not a url", "--dir", "/x", "--token", SECRET], {}, "--target is not a URL"],
    [
      ["--target", "http://127.0.0.1:9", "--dir", "/a/../b", "--token", SECRET],
      {},
      '--dir: remote path must not contain ".."',
    ],
    [["--target", "http://127.0.0.1:9", "--dir", "/x", "--token", SECRET, "--username", "ci"], {}, "not both"],
    [["--token", SECRET], {}, "credentials only apply to a live run"],
    [["--timeout", "soon"], {}, "--timeout must be a positive number"],
    [["--password", SECRET], {}, "unknown option '--password'"],
    [["--target"], {}, "option '--target <url>' argument missing"],
    [["extra"], {}, "too many arguments"],
    [["--dir", "/x"], { ALIST_URL: "http://127.0.0.1:9" }, "a live run needs credentials"],
  ])("%j", async (args, env, message) => {
    const run = await runCli(args as string[], { env: env as Record<string, string> });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr.startsWith("alist-smoke: ")).toBe(true);
    expect(run.stderr).not.toContain(SECRET);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("--password-stdin with empty input", async () => {
    const args = ["--target", "http://127.0.0.1:9", "--dir", "/x", "--username", "ci", "--password-stdin"];
    const run = await runCli(args, { stdin: "" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("standard input was empty");
  });

  it("--help prints the options and the exit codes, exit 0", async () => {
    const run = await runCli(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("--password-stdin");
    expect(run.stdout).toContain(
      "Exit codes: 0 every check passed, 1 a check failed, 2 usage error, 130/143 stopped by SIGINT/SIGTERM.",
    );
  });
});
