/**
 * Real-world failures the runner must name in one clear line (exit 1): a token the server no
 * longer knows, a wrong password, a web page instead of the API, an answer that breaks the
 * schema, and nothing listening at all.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePortUrl, type Listening } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SmokeReport } from "../src/index.js";
import { runCli, statuses, tableRows } from "./support/cli.js";
import { fakeAlist, htmlServer } from "./support/fake-alist.js";

const PASSWORD = "pw-Secret-4242!";
const TOKEN = "tok-Secret-9191";
const STALE_TOKEN = "stale-Secret-7373";

const work = mkdtempSync(join(tmpdir(), "alist-smoke-failures-"));
let server: Awaited<ReturnType<typeof fakeAlist>>;
let tampered: Awaited<ReturnType<typeof fakeAlist>>;
let html: Listening;

beforeAll(async () => {
  const account = { folder: "/local/ci", username: "ci", password: PASSWORD, token: TOKEN };
  server = await fakeAlist(account);
  // Answers fs/get with `size` as a string, as a broken proxy or server build might.
  tampered = await fakeAlist({
    ...account,
    tamper: (operation, envelope) => {
      const data = envelope.data as Record<string, unknown> | null;
      return operation === "fsGet" && data ? { ...envelope, data: { ...data, size: String(data.size) } } : envelope;
    },
  });
  html = await htmlServer();
});
afterAll(async () => {
  await Promise.all([server.close(), tampered.close(), html.close()]);
  rmSync(work, { recursive: true, force: true });
});

function expectNoSecrets(...outputs: string[]) {
  for (const output of outputs)
    for (const secret of [PASSWORD, TOKEN, STALE_TOKEN]) expect(output).not.toContain(secret);
}

describe("a server that says no", () => {
  it("HTTP 200 with code 401 'token is invalidated': fs/get fails with the server's words, the rest is skipped", async () => {
    const junit = join(work, "invalidated.xml");
    const run = await runCli(["--target", server.url, "--dir", "/local/ci", "--token", STALE_TOKEN, "--junit", junit]);
    expect(run.code).toBe(1);
    const rows = tableRows(run.stdout);
    expect(rows.get("reachable")?.status).toBe("passed");
    expect(rows.get("fs/get dir")).toMatchObject({
      status: "failed",
      detail: "fs/get dir: token is invalidated (code 401)",
    });
    expect(rows.get("fs/mkdir")).toMatchObject({ status: "skipped", detail: "the folder check did not pass" });
    expect(rows.get("fs/put probe")).toMatchObject({ status: "skipped", detail: "the fresh folder was not created" });
    expect(rows.get("cleanup")?.detail).toBe("nothing to clean up: the fresh folder was not created");
    expect(run.stdout).toMatch(/FAILED: 1 passed, 1 failed, 7 skipped/);
    expect(server.uploads).toEqual([]);
    const xml = readFileSync(junit, "utf8");
    expect(xml.match(/<testcase /g)).toHaveLength(9);
    expect(xml.match(/<failure /g)).toHaveLength(1);
    expect(xml).toContain('<failure message="fs/get dir: token is invalidated (code 401)"');
    expectNoSecrets(run.stdout, run.stderr, xml);
  });

  it("a wrong password: login fails with the server's message; neither password nor its hash is printed", async () => {
    const run = await runCli(["--target", server.url, "--dir", "/local/ci", "--json"], {
      env: { ALIST_USERNAME: "ci", ALIST_PASSWORD: `${PASSWORD}-wrong` },
    });
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as SmokeReport;
    expect(report.checks[1]).toMatchObject({
      step: "login",
      status: "failed",
      detail: "login: password is incorrect (code 400)",
    });
    expect(report.checks[2]).toMatchObject({ status: "skipped", detail: "no token: login failed" });
    expectNoSecrets(run.stdout, run.stderr);
  });
});

describe("something other than the API answers", () => {
  it("HTTP 200 text/html everywhere: ping and login say so", async () => {
    const run = await runCli(["--target", html.url, "--dir", "/x", "--username", "ci", "--password-stdin"], {
      stdin: PASSWORD,
    });
    expect(run.code).toBe(1);
    const rows = tableRows(run.stdout);
    expect(rows.get("reachable")).toMatchObject({
      status: "failed",
      detail: 'the server answered text/html instead of "pong" (a web page: not an AList server, or a wrong address)',
    });
    expect(rows.get("login")).toMatchObject({
      status: "failed",
      detail: "the server answered text/html instead of JSON (a wrong route or method answers with the web page)",
    });
    expectNoSecrets(run.stdout, run.stderr);
  });

  it("nothing listening: reachable fails with 'connection refused', everything else is skipped", async () => {
    const url = await freePortUrl();
    const run = await runCli(["--target", url, "--dir", "/x", "--token", TOKEN, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as SmokeReport;
    expect(report.checks[0]).toMatchObject({ status: "failed", detail: `reachable: ${url}: connection refused` });
    expect(statuses(report.checks)).toBe("failed skipped skipped skipped skipped skipped skipped skipped skipped");
    expectNoSecrets(run.stdout, run.stderr);
  });
});

describe("an answer that breaks the contract", () => {
  it("fs/get with `size` as a string: the check fails naming /data/size, the type wanted and the value", async () => {
    const run = await runCli(["--target", tampered.url, "--dir", "/local/ci", "--token", TOKEN, "--json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as SmokeReport;
    const dir = report.checks[2];
    expect(dir?.status).toBe("failed");
    // The client refuses the object itself, and the spec check says where the answer broke it.
    expect(dir?.detail).toBe(
      'the server answered data.size is a string, not a number; the fsGet answer breaks the contract: /data/size: expected integer, got "0"',
    );
    expect(dir?.violations).toEqual(['the fsGet answer breaks the contract: /data/size: expected integer, got "0"']);
    expect(statuses(report.checks)).toBe("passed skipped failed skipped skipped skipped skipped skipped skipped");
    expectNoSecrets(run.stdout, run.stderr);
  });
});
