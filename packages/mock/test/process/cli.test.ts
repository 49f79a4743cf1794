/** `pnpm mock` as a process: what it prints, and that it stops with whatever started it. */

import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, closes, listening, listeningPort, startCli, waitFor } from "./support.js";

describe("alist-mock (the CLI)", () => {
  it("starts stateful by default and prints its URL and the login it accepts", async () => {
    const child = startCli([]);
    try {
      const out = await waitFor(child, /login: .*\n/);
      const port = Number(/127\.0\.0\.1:(\d+)/.exec(out)?.[1]);
      expect(out).toContain(`AList mock (stateful) listening on http://127.0.0.1:${port}`);
      expect(out).toContain("login: admin / admin");
      const login = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ username: "admin", password: "admin" }),
      });
      expect((await login.json()).code).toBe(200);
    } finally {
      child.kill("SIGTERM");
      await new Promise((done) => child.once("exit", done));
    }
  });

  it.each(["SIGTERM", "SIGHUP", "SIGINT"] as const)("stops on %s and frees its port", async (signal) => {
    const child = startCli([]);
    const port = await listeningPort(child);
    child.kill(signal);
    expect(await closes(port)).toBe(true);
  });

  it("stops when the shell that started it is killed (pnpm -> sh -> node)", async () => {
    const shell = startCli([], true);
    const port = await listeningPort(shell);
    expect(await listening(port)).toBe(true);
    shell.kill("SIGKILL");
    expect(await closes(port)).toBe(true);
  });

  it("stops when a process further up is killed (npx -> sh -> pnpm -> sh -> node)", async () => {
    const command = [process.execPath, CLI, "--port", "0"].map((part) => `'${part}'`).join(" ");
    // The outer shell stands for npx: killing it leaves the inner shell (the mock's parent) running.
    const outer = spawn("sh", ["-c", `sh -c "${command}; true"; true`], { stdio: "pipe" });
    const port = await listeningPort(outer);
    outer.kill("SIGKILL");
    expect(await closes(port)).toBe(true);
  });

  it("--static: Prism stops too when the CLI is killed outright", async () => {
    const child = startCli(["--static"]);
    const port = await listeningPort(child, 60_000);
    child.kill("SIGKILL");
    expect(await closes(port, 10_000)).toBe(true);
  }, 90_000);

  it("a bad option is one line and exit code 2", async () => {
    const child = startCli(["--fail-rate", "7"]);
    let err = "";
    child.stderr?.on("data", (chunk) => {
      err += chunk;
    });
    const code = await new Promise((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(err.split("\n")[0]).toBe("alist-mock: --fail-rate must be a number from 0 to 1, got 7");
  });
});
