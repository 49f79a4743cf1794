/**
 * A hostile server answers with names, URLs, user names, task texts and error messages full of
 * terminal escape sequences and newlines. What the CLI prints for humans holds none of them (no
 * ESC, no BEL, no row of the server's making); `--json` keeps the exact values.
 */
import { fsObject, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSandbox, runCli, type Sandbox } from "./support/cli.js";

/** Clears the screen, homes the cursor and sets the window title. */
const HOSTILE = "\u001b[2J\u001b[H\u001b]0;PWNED\u0007x";
const SHOWN = "\\x1b[2J\\x1b[H\\x1b]0;PWNED\\x07x";
/** A newline in a name would forge a row of the listing. */
const TWO_LINES = "a\nb";
/** C1 CSI and DEL as well. */
const C1 = "c\u009b31m\u007fd";

const user = {
  id: 1,
  username: HOSTILE,
  password: "",
  base_path: "/",
  role: 2,
  disabled: false,
  permission: 0,
  sso_id: "",
  otp: false,
};
const task = (name: string, error: string) => ({ id: "t1", name, state: 7, status: "", progress: 50, error });

let sandbox: Sandbox;
let server: Awaited<ReturnType<typeof listen>>;
beforeAll(async () => {
  sandbox = await makeSandbox();
  server = await listen((req, res) => {
    req.resume();
    const send = (code: number, message: string, data: unknown = null) => {
      res.setHeader("Content-Type", "application/json; charset=utf-8");
      res.end(JSON.stringify({ code, message, data }));
    };
    const url = req.url ?? "";
    if (url === "/api/fs/list") {
      const content = [fsObject(HOSTILE, 1, false), fsObject(TWO_LINES, 2, false), fsObject(C1, 0, true)];
      return send(200, "success", { content, total: 3, readme: "", header: "", write: true, provider: HOSTILE });
    }
    if (url === "/api/fs/get") {
      return send(200, "success", { ...fsObject(HOSTILE, 5, false), provider: TWO_LINES, raw_url: `http://x/${C1}` });
    }
    if (url === "/api/me") return send(200, "success", user);
    if (url === "/api/task/upload/undone") return send(200, "success", [task(HOSTILE, `bad${TWO_LINES}`)]);
    if (url === "/api/task/upload/done") return send(200, "success", []);
    if (url === "/api/fs/remove") return send(500, `failed${HOSTILE}\nalist: a forged line`);
    send(404, "not here");
  });
});
afterAll(async () => {
  await server.close();
  await sandbox.remove();
});

const alist = (...args: string[]) => runCli(sandbox, ["--server", server.url, "--token", "t", ...args]);

/** No ESC, BEL, C1 or DEL anywhere in what a terminal would get (only the CLI's own line breaks). */
function expectInert(text: string) {
  const controls = [...text].filter((char) => {
    const code = char.charCodeAt(0);
    return char !== "\n" && (code < 0x20 || (code >= 0x7f && code <= 0x9f));
  });
  expect(controls).toEqual([]);
}

describe("human output from a hostile server", () => {
  it("ls: one row per entry, every name escaped", async () => {
    const result = await alist("ls", "/");
    expect(result.code).toBe(0);
    expectInert(result.stdout);
    expect(result.stdout).toBe(`${SHOWN}\na\\nb\nc\\x9b31m\\x7fd/\n`);
  });

  it("ls -l: a header and exactly three rows", async () => {
    const result = await alist("ls", "-l", "/");
    expect(result.code).toBe(0);
    expectInert(result.stdout);
    const rows = result.stdout.trimEnd().split("\n");
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(new RegExp(`  ${SHOWN.replace(/[\\[\]]/g, "\\$&")}$`));
    expect(rows[2]).toMatch(/ {2}a\\nb$/);
  });

  it("ls --json keeps the names exact", async () => {
    const result = await alist("--json", "ls", "/");
    expect(result.code).toBe(0);
    const names = JSON.parse(result.stdout).entries.map((entry: { name: string }) => entry.name);
    expect(names).toEqual([HOSTILE, TWO_LINES, C1]);
  });

  it("stat: name, provider and raw URL escaped, one line each", async () => {
    const result = await alist("stat", "/x");
    expect(result.code).toBe(0);
    expectInert(result.stdout);
    expect(result.stdout).toContain(`name      ${SHOWN}\n`);
    expect(result.stdout).toContain("provider  a\\nb\n");
    expect(result.stdout).toContain("raw URL   http://x/c\\x9b31m\\x7fd\n");
    expect(result.stdout.trimEnd().split("\n")).toHaveLength(7);
  });

  it("whoami: the user name escaped", async () => {
    const result = await alist("whoami");
    expect(result.code).toBe(0);
    expectInert(result.stdout);
    expect(result.stdout).toContain(`username     ${SHOWN}\n`);
  });

  it("tasks: the task's name and error escaped, one row", async () => {
    const result = await alist("tasks", "upload");
    expect(result.code).toBe(0);
    expectInert(result.stdout);
    const rows = result.stdout.trimEnd().split("\n");
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/failed +50% {2}\\x1b\[2J.*x \(error: bada\\nb\)$/);
  });

  it("a server error message: one escaped line on stderr, the exact message in --json", async () => {
    const result = await alist("rm", "/x");
    expect(result.code).toBe(1);
    expectInert(result.stderr);
    expect(result.stderr).toBe(`alist: rm /x: failed${SHOWN}\\nalist: a forged line (code 500)\n`);
    const json = await alist("--json", "rm", "/x");
    expect(JSON.parse(json.stdout).error.message).toBe(`rm /x: failed${HOSTILE}\nalist: a forged line (code 500)`);
  });
});
