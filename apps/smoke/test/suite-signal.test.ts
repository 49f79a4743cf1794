/** SIGINT during a suite run: the run stops, the sandbox folder is still removed, exit 130. */
import { spawn } from "node:child_process";
import { childOutput } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI } from "./support/cli.js";
import { contractFake, FAKE_TOKEN } from "./support/contract-fake.js";

let server: Awaited<ReturnType<typeof contractFake>>;
beforeAll(async () => {
  server = await contractFake();
});
afterAll(() => server.close());

describe("a signal during the suite", () => {
  it("SIGINT once the sandbox exists: it is removed, the report says interrupted, exit 130", async () => {
    const child = spawn(
      process.execPath,
      [CLI, "--suite", "full", "--target", server.url, "--dir", "/local", "--json"],
      {
        env: { ...process.env, ALIST_TOKEN: FAKE_TOKEN },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const done = childOutput(child);
    // Wait until the sandbox folder exists on the server, then interrupt.
    while (![...server.folders].some((folder) => folder.includes(".alist-contract-"))) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    child.kill("SIGINT");
    const { code, stdout, stderr } = await done;
    expect(code).toBe(130);
    expect(stderr).toContain("SIGINT: stopping, removing the sandbox folder first");
    const report = JSON.parse(stdout) as { interrupted?: string; cleanup: { removed: boolean }; ok: boolean };
    expect(report).toMatchObject({ interrupted: "SIGINT", ok: false, cleanup: { removed: true } });
    expect([...server.folders].filter((folder) => folder.includes(".alist-contract-"))).toEqual([]);
    expect(stdout).not.toContain(FAKE_TOKEN);
  });
});
