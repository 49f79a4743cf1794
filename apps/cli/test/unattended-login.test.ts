/**
 * Unattended login: with ALIST_USERNAME and ALIST_PASSWORD (or --username and --password-stdin)
 * a command logs in when it has no token, or when the server says its token died (as after a
 * restart), retries once, and saves the new token. Against a fake server that invalidates
 * tokens on demand, and the stateful mock, whose restart forgets every token.
 */
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { hashPassword } from "@alist-toolkit/client";
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { childOutput, listen } from "@alist-toolkit/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { CLI_PATH, makeSandbox, runCli, type Sandbox } from "./support/cli.js";
import { hasScript, runInPty } from "./support/pty.js";

const PASSWORD = "s3cret-Pa55";
let issued = 0;
/** The one token the server accepts now; "restarting" it forgets every token. */
let valid: string | undefined;
const logins: string[] = [];
let server: Awaited<ReturnType<typeof listen>>;

beforeAll(async () => {
  server = await listen((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      const answer = (code: number, message: string, data: unknown) => {
        res.setHeader("Content-Type", "application/json; charset=utf-8");
        res.end(JSON.stringify({ code, message, data }));
      };
      if (req.url === "/api/auth/login/hash") {
        const { username, password } = JSON.parse(body);
        logins.push(password);
        if (username !== "robot" || password !== hashPassword(PASSWORD)) {
          return answer(400, "password is incorrect", null);
        }
        valid = `token-${++issued}`;
        return answer(200, "success", { token: valid });
      }
      if (req.headers.authorization !== valid || valid === undefined) {
        return answer(401, "token is invalidated", null);
      }
      answer(200, "success", { id: 1, username: "robot", base_path: "/", role: 0, permission: 0, otp: false });
    });
  });
});
afterAll(() => server.close());

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await makeSandbox();
  logins.length = 0;
  valid = undefined;
});
afterEach(() => sandbox.remove());

const env = (extra: Record<string, string> = {}) => ({
  ALIST_URL: server.url,
  ALIST_USERNAME: "robot",
  ALIST_PASSWORD: PASSWORD,
  ...extra,
});

async function savedToken(): Promise<string> {
  return JSON.parse(await readFile(sandbox.configFile, "utf8")).token;
}

describe("unattended login", () => {
  it("logs in first when there is no token, and saves the token (never the password)", async () => {
    const result = await runCli(sandbox, ["whoami", "--json"], { env: env() });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).username).toBe("robot");
    expect(logins).toEqual([hashPassword(PASSWORD)]);
    expect(await savedToken()).toBe(valid);
    const config = await readFile(sandbox.configFile, "utf8");
    expect(config).not.toContain(PASSWORD);
    expect(config).not.toContain(hashPassword(PASSWORD));
  });

  it("logs in again when the saved token was invalidated (a server restart), retries once, saves it", async () => {
    await runCli(sandbox, ["whoami"], { env: env() });
    const first = await savedToken();
    valid = undefined; // the server restarted: every token is gone
    const result = await runCli(sandbox, ["whoami", "--json"], { env: env() });
    expect(result.code).toBe(0);
    expect(logins).toHaveLength(2);
    const second = await savedToken();
    expect(second).not.toBe(first);
    expect(second).toBe(valid);
    expect(result.stdout + result.stderr).not.toContain(PASSWORD);
  });

  it("without the credentials a dead token still ends the run with exit 3", async () => {
    await runCli(sandbox, ["whoami"], { env: env() });
    valid = undefined;
    const result = await runCli(sandbox, ["whoami"], { env: { ALIST_URL: server.url } });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/token is invalidated/);
  });

  it("a wrong password is an auth failure (exit 3) that does not print the password", async () => {
    const result = await runCli(sandbox, ["whoami"], { env: env({ ALIST_PASSWORD: "wrong-one" }) });
    expect(result.code).toBe(3);
    expect(result.stderr).toMatch(/password is incorrect/);
    expect(result.stderr).not.toContain("wrong-one");
  });
});

describe("--password-stdin against the stateful mock", () => {
  let mock: RunningStatefulMock;
  beforeAll(async () => {
    mock = await startMock({ mode: "stateful", users: [{ username: "robot", password: PASSWORD, role: "general" }] });
  });
  afterAll(async () => {
    expect(mock.violations).toEqual([]);
    await mock.stop();
  });

  const whoami = (extra: string[], input: string, env: Record<string, string> = {}) =>
    runCli(sandbox, ["--server", mock.url, ...extra, "whoami", "--json"], { input, env });
  const restart = () => fetch(`${mock.url}/__mock/restart`, { method: "POST" });

  it("with --username, logs in when there is no token and saves the token (never the password)", async () => {
    const result = await whoami(["--username", "robot", "--password-stdin"], `${PASSWORD}\n`);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).username).toBe("robot");
    const config = await readFile(sandbox.configFile, "utf8");
    expect(JSON.parse(config)).toMatchObject({ server: mock.url, username: "robot" });
    expect(config).not.toContain(PASSWORD);
    expect(result.stdout).not.toContain(PASSWORD);
  });

  it("after a server restart (user from ALIST_USERNAME) logs in again, retries once and saves the new token", async () => {
    await whoami(["--username", "robot", "--password-stdin"], PASSWORD);
    await restart();
    const dead = await runCli(sandbox, ["--server", mock.url, "whoami"]);
    expect(dead.code).toBe(3);
    const result = await whoami(["--password-stdin", "--verbose"], PASSWORD, { ALIST_USERNAME: "robot" });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain("logged in as robot (from ALIST_USERNAME)");
    expect(result.stderr).not.toContain(PASSWORD);
    // The mock's tokens are JWTs that may repeat within a second: what counts is that the saved one works again.
    expect((await runCli(sandbox, ["--server", mock.url, "whoami"])).code).toBe(0);
  });

  it("with a working token stdin is never read: the command ends while stdin stays open", async () => {
    await whoami(["--username", "robot", "--password-stdin"], PASSWORD);
    const child = spawn(
      process.execPath,
      [CLI_PATH, "--server", mock.url, "--username", "robot", "--password-stdin", "whoami", "--json"],
      { env: { PATH: process.env.PATH, HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome } },
    );
    const done = childOutput(child);
    // Nothing is written to stdin and it is never closed: waiting on it would never end.
    const killer = setTimeout(() => child.kill(), 20_000);
    const { code, stdout } = await done;
    clearTimeout(killer);
    child.stdin.destroy();
    expect(code).toBe(0);
    expect(JSON.parse(stdout).username).toBe("robot");
  });

  it("with a working token the password stays in the pipe, for whatever reads it next", async () => {
    await whoami(["--username", "robot", "--password-stdin"], PASSWORD);
    const alist = [
      process.execPath,
      CLI_PATH,
      "--server",
      mock.url,
      "--username",
      "robot",
      "--password-stdin",
      "whoami",
    ];
    const quoted = alist.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(" ");
    // One stdin for both: the CLI, then cat, which prints whatever the CLI left unread.
    // (Not spawnSync: the mock answers from this process.)
    const child = spawn("sh", ["-c", `${quoted} >/dev/null && cat`], {
      env: { PATH: process.env.PATH, HOME: sandbox.home, XDG_CONFIG_HOME: sandbox.configHome },
    });
    const done = childOutput(child);
    child.stdin.end(`${PASSWORD}\n`);
    const { code, stdout, stderr } = await done;
    expect(code, stderr).toBe(0);
    expect(stdout).toBe(`${PASSWORD}\n`);
  });

  it("alist login --password-stdin still logs in as before", async () => {
    const result = await runCli(sandbox, ["--server", mock.url, "login", "--username", "robot", "--password-stdin"], {
      input: PASSWORD,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(await readFile(sandbox.configFile, "utf8")).username).toBe("robot");
  });

  const refusals: Array<[string, string[], string]> = [
    [
      "without a user name",
      ["--password-stdin"],
      "alist: whoami: --password-stdin needs --username NAME or ALIST_USERNAME\n",
    ],
    [
      "with an empty stdin",
      ["--username", "robot", "--password-stdin"],
      "alist: whoami: --password-stdin: the password on stdin is empty\n",
    ],
  ];
  it.each(refusals)("refuses %s: one line, exit 2", async (_name, flags, line) => {
    const result = await runCli(sandbox, ["--server", mock.url, ...flags, "whoami"], { input: "" });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(line);
    expect(result.stdout).toBe("");
  });

  it.skipIf(!hasScript)("refuses a terminal as stdin: one line, exit 2, nothing asked", async () => {
    const args = ["--server", mock.url, "--username", "robot", "--password-stdin", "whoami"];
    const result = await runInPty(sandbox, args, { env: { NO_COLOR: "1" } });
    expect(result.code).toBe(2);
    expect(result.screen).toBe(
      "alist: whoami: --password-stdin reads the password from a pipe, but stdin is a terminal: run `alist login`\n",
    );
  });
});
