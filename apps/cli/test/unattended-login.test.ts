/**
 * Unattended login: with ALIST_USERNAME and ALIST_PASSWORD a command logs in when it has no
 * token, or when the server says its token died (as after a restart), retries once, and saves
 * the new token. Against a fake server that invalidates tokens on demand.
 */
import { readFile } from "node:fs/promises";
import { hashPassword } from "@alist-toolkit/client";
import { listen } from "@alist-toolkit/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeSandbox, runCli, type Sandbox } from "./support/cli.js";

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
