/** A live run against a fake AList on 127.0.0.1 that keeps what it is sent. */
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmokeReport, STEPS } from "../src/index.js";
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
  it("--username with --password-stdin: every check passes; the fresh folder is made in --dir and removed", async () => {
    const run = await runCli(["--target", server.url, "--dir", "/local/ci/", "--username", "ci", "--password-stdin"], {
      stdin: `${PASSWORD}\n`,
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const rows = tableRows(run.stdout);
    expect([...rows.keys()]).toEqual([...STEPS]);
    expect(statuses(rows.values())).toBe("passed passed passed passed passed passed passed passed passed");
    const upload = server.uploads.at(-1);
    const folder = /^(\/local\/ci\/\.alist-smoke-[0-9a-f]{16})\/probe\.bin$/.exec(upload?.path ?? "")?.[1];
    expect(folder).toBeDefined();
    expect(upload?.bytes).toBeGreaterThanOrEqual(1024);
    expect(upload?.bytes).toBeLessThanOrEqual(64 * 1024);
    expect(upload?.contentLength).toBe(String(upload?.bytes));
    expect(upload?.overwrite).toBe("false");
    expect(rows.get("fs/get dir")?.detail).toBe("/local/ci is a folder (storage: Local)");
    expect(rows.get("fs/mkdir")?.detail).toBe(`created ${folder}`);
    expect(rows.get("fs/get probe")?.detail).toBe(`size ${upload?.bytes} matches what was sent`);
    expect(rows.get("fs/list")?.detail).toBe(`probe.bin is listed with size ${upload?.bytes}`);
    expect(rows.get("fs/rename")?.detail).toBe(`renamed to probe-renamed.bin, size ${upload?.bytes} unchanged`);
    expect(rows.get("cleanup")?.detail).toBe(`removed ${folder}`);
    // Nothing is left: neither the folder nor the renamed probe.
    expect([...server.folders]).toEqual(["/local/ci"]);
    expect(server.files.size).toBe(0);
    expect(server.authorizations.every((value) => value === TOKEN)).toBe(true);
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("ALIST_URL and ALIST_TOKEN: no login, the rest passes; --json names the probe", async () => {
    const before = server.uploads.length;
    const run = await runCli(["--dir", "/local/ci", "--json"], { env: { ALIST_URL: server.url, ALIST_TOKEN: TOKEN } });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as SmokeReport;
    expect(report).toMatchObject({ mode: "live", target: server.url, dir: "/local/ci", ok: true });
    expect(statuses(report.checks)).toBe("passed skipped passed passed passed passed passed passed passed");
    expect(server.uploads.length).toBe(before + 1);
    expect(report.checks[4]?.detail).toContain(server.uploads.at(-1)?.path);
    expect(report.checks[8]?.detail).toBe(`removed ${server.uploads.at(-1)?.path.replace(/\/probe\.bin$/, "")}`);
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("a listing without the probe fails fs/list by name; the folder is still removed", async () => {
    const hiding = await fakeAlist({
      folder: "/local/ci",
      username: "ci",
      password: PASSWORD,
      token: TOKEN,
      tamper: (operation, envelope) =>
        operation === "fsList"
          ? { ...envelope, data: { ...(envelope.data as object), content: null, total: 0 } }
          : envelope,
    });
    try {
      const run = await runCli(["--target", hiding.url, "--dir", "/local/ci", "--token", TOKEN, "--json"]);
      expect(run.code).toBe(1);
      const report = JSON.parse(run.stdout) as SmokeReport;
      const folder = hiding.uploads.at(-1)?.path.replace(/\/probe\.bin$/, "");
      expect(report.checks[6]).toMatchObject({
        step: "fs/list",
        status: "failed",
        detail: `probe.bin is not in the listing of ${folder}`,
      });
      expect(statuses(report.checks)).toBe("passed skipped passed passed passed passed failed passed passed");
      expect(hiding.folders.has(folder ?? "")).toBe(false);
      expectNoSecrets(run.stdout, run.stderr);
    } finally {
      await hiding.close();
    }
  });
});
