/** A live run against a fake AList on 127.0.0.1 that keeps what it is sent. */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmokeReport } from "../src/index.js";
import { runCli, statuses, tableRows } from "./support/cli.js";
import { fakeAlist } from "./support/fake-alist.js";

const PASSWORD = "pw-Secret-4242!";
const TOKEN = "tok-Secret-9191";
const PASSWORD_HASH = createHash("sha256").update(`${PASSWORD}-https://github.com/alist-org/alist`).digest("hex");

let server: Awaited<ReturnType<typeof fakeAlist>>;
beforeAll(async () => {
  server = await fakeAlist({ folder: "/local/ci", username: "ci", password: PASSWORD, token: TOKEN });
});
afterAll(() => server.close());

function expectNoSecrets(...outputs: string[]) {
  for (const output of outputs) {
    for (const secret of [PASSWORD, TOKEN, PASSWORD_HASH]) expect(output).not.toContain(secret);
  }
}

describe("live run against a server that keeps its contract", () => {
  it("--username with --password-stdin: every check passes, the probe lands in --dir and is removed", async () => {
    const run = await runCli(["--target", server.url, "--dir", "/local/ci/", "--username", "ci", "--password-stdin"], {
      stdin: `${PASSWORD}\n`,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = tableRows(run.stdout);
    expect(statuses(rows.values())).toBe("passed passed passed passed passed passed");
    const upload = server.uploads.at(-1);
    expect(upload?.path).toMatch(/^\/local\/ci\/\.alist-smoke-[0-9a-f]{16}\.bin$/);
    expect(upload?.bytes).toBeGreaterThanOrEqual(1024);
    expect(upload?.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(upload?.contentLength).toBe(String(upload?.bytes));
    expect(upload?.overwrite).toBe("false");
    expect(rows.get("fs/get dir")?.detail).toBe("/local/ci is a folder (storage: Local)");
    expect(rows.get("fs/get probe")?.detail).toBe(`size ${upload?.bytes} matches what was sent`);
    expect(rows.get("cleanup")?.detail).toBe(`removed ${upload?.path}`);
    expect(server.files.has(upload?.path ?? "")).toBe(false);
    expect(server.authorizations.every((value) => value === TOKEN)).toBe(true);
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("ALIST_URL and ALIST_TOKEN: no login, the rest passes; --json names the probe", async () => {
    const before = server.uploads.length;
    const run = await runCli(["--dir", "/local/ci", "--json"], { env: { ALIST_URL: server.url, ALIST_TOKEN: TOKEN } });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as SmokeReport;
    expect(report).toMatchObject({ mode: "live", target: server.url, dir: "/local/ci", ok: true });
    expect(statuses(report.checks)).toBe("passed skipped passed passed passed passed");
    expect(server.uploads.length).toBe(before + 1);
    expect(report.checks[5]?.detail).toContain(server.uploads.at(-1)?.path);
    expectNoSecrets(run.stdout, run.stderr);
  });
});
