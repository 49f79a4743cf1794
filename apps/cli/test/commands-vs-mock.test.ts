/**
 * Every command against the Prism mock, for every named example of its operation: the
 * success ones (human and --json output) and each error (exit code, the one-line message,
 * and the --json error document).
 */
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { makeSandbox, mockArgs, runCli, type Sandbox } from "./support/cli.js";
import { errorLine, expectRefusal, json, reLogin } from "./support/refusal.js";
import { answerExamples } from "./support/spec.js";

let sandbox: Sandbox;
let payload: string;
beforeAll(async () => {
  sandbox = await makeSandbox();
  payload = join(sandbox.dir, "report.pdf");
  await writeFile(payload, "hello, alist\n");
});
afterAll(() => sandbox.remove());

describe.each([
  { operationId: "loginHash", flags: [] as string[] },
  { operationId: "login", flags: ["--plain"] },
])("alist login $flags ($operationId)", ({ operationId, flags }) => {
  const { successes, errors } = answerExamples(operationId);
  const login = (example: string, own: Sandbox, extra: string[] = []) =>
    runCli(own, [...mockArgs(example, ""), ...extra, "login", ...flags, "--username", "admin", "--password-stdin"], {
      input: "correct horse\n",
    });

  it.concurrent.for(successes)(
    "example %s: saves server, user, token and time; prints no token",
    async ([name, example], { expect }) => {
      const own = await makeSandbox();
      try {
        const result = await login(name, own, ["--verbose"]);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe("");
        expect(result.stderr).toContain(`Logged in to ${inject("mockUrl")} as admin`);
        // --verbose names the operation used, so this proves which route was called.
        expect(result.stderr).toContain(`${operationId}: HTTP 200 application/json, code 200`);
        const token = (example.value.data as { token: string }).token;
        expect(result.stderr).not.toContain(token);
        const saved = JSON.parse(readFileSync(own.configFile, "utf8"));
        expect(saved).toEqual({ server: inject("mockUrl"), username: "admin", token, obtainedAt: expect.any(String) });
        expect(Date.now() - Date.parse(saved.obtainedAt)).toBeLessThan(60_000);

        const asJson = await login(name, own, ["--json"]);
        expect(asJson.code).toBe(0);
        expect(json(asJson)).toEqual({
          server: inject("mockUrl"),
          username: "admin",
          obtainedAt: expect.any(String),
          config: own.configFile,
        });
        expect(asJson.stdout).not.toContain(token);
      } finally {
        await own.remove();
      }
    },
  );

  it.concurrent.for(errors)(
    "example %s: exit code, one line, JSON error, nothing saved",
    async ([name, example], { expect }) => {
      const own = await makeSandbox();
      try {
        const result = await login(name, own, ["--json"]);
        // Without a terminal the one-time code cannot be asked for: say how to pass it.
        expectRefusal(expect, result, "login", example.value, example.value.code === 402 ? ": pass --otp CODE" : "");
        expect(existsSync(own.configFile)).toBe(false);
      } finally {
        await own.remove();
      }
    },
  );
});

describe("alist login with a one-time code", () => {
  it("a code passed with --otp that is refused is reported without the hint", async ({ expect }) => {
    const result = await runCli(
      sandbox,
      [...mockArgs("otpRequired", ""), "login", "--username", "admin", "--password-stdin", "--otp", "123456"],
      { input: "pw" },
    );
    expect(result.code).toBe(3);
    expect(result.stderr).toBe(errorLine("login", "Invalid 2FA code", 402));
  });
});

describe("alist logout", () => {
  it("forgets the token, keeps server and user name, and is idempotent", async ({ expect }) => {
    const own = await makeSandbox();
    try {
      const login = await runCli(
        own,
        [...mockArgs("success", ""), "login", "--username", "admin", "--password-stdin"],
        {
          input: "pw",
        },
      );
      expect(login.code).toBe(0);
      const first = await runCli(own, ["--json", "logout"]);
      expect(first.code).toBe(0);
      expect(json(first)).toEqual({ server: inject("mockUrl"), username: "admin", loggedOut: true });
      expect(JSON.parse(readFileSync(own.configFile, "utf8"))).toEqual({
        server: inject("mockUrl"),
        username: "admin",
      });
      const again = await runCli(own, ["logout"]);
      expect(again.code).toBe(0);
      expect(again.stderr).toContain("no saved token");
      // The next stat has no token to send.
      const stat = await runCli(own, ["stat", "/a.txt"]);
      expect(stat.code).toBe(3);
      expect(stat.stderr).toMatch(
        /^alist: stat \/a\.txt: not logged in to http:\/\/127\.0\.0\.1:\d+: run `alist login`/,
      );
    } finally {
      await own.remove();
    }
  });
});

describe("alist stat (fsGet)", () => {
  const { successes, errors } = answerExamples("fsGet");
  const path = "/local/Movies/Big Buck Bunny.mkv";

  it.concurrent.for(successes)(
    "example %s: human fields and the object as JSON",
    async ([name, example], { expect }) => {
      const data = example.value.data as {
        name: string;
        size: number;
        is_dir: boolean;
        type: number;
        modified: string;
        provider: string;
        hash_info: Record<string, string> | null;
        raw_url: string;
      };
      const human = await runCli(sandbox, [...mockArgs(name), "stat", path]);
      expect(human.code).toBe(0);
      expect(human.stderr).toBe("");
      const lines = human.stdout.trimEnd().split("\n");
      const field = (label: string) => lines.find((line) => line.startsWith(`${label}  `))?.slice(10);
      expect(field("name")).toBe(data.name);
      expect(field("size")).toMatch(new RegExp(`^[\\d.]+ (B|KiB|MiB|GiB) \\(${data.size} bytes\\)$`));
      const kinds: Record<number, string> = { 2: "video", 3: "audio", 4: "text", 5: "image" };
      expect(field("kind")).toBe(data.is_dir ? "folder" : (kinds[data.type] ?? "file"));
      expect(field("modified")).toBe(data.modified);
      expect(field("provider")).toBe(data.provider);
      const hashes = Object.entries(data.hash_info ?? {}).map(([alg, value]) => `${alg} ${value}`);
      expect(field("hashes")).toBe(hashes.length ? hashes.join(", ") : "none");
      expect(field("raw URL")).toBe(data.raw_url || undefined);

      const asJson = await runCli(sandbox, [...mockArgs(name), "--json", "stat", path]);
      expect(asJson.code).toBe(0);
      expect(json(asJson)).toEqual(data);
    },
  );

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [...mockArgs(name), "--json", "stat", "/a.txt"]);
      expectRefusal(expect, result, "stat /a.txt", example.value, reLogin(example.value.code));
    },
  );
});

describe("alist put (fsPut), small files through the mock", () => {
  const { successes, errors } = answerExamples("fsPut");
  const remote = "/local/Backups/report 2024.pdf";

  it.concurrent.for(successes)(
    "example %s: the summary, and the task with --as-task",
    async ([name, example], { expect }) => {
      const task = (example.value.data as { task?: { id: string; name: string } } | null)?.task;
      const flags = task ? ["--as-task"] : [];
      const human = await runCli(sandbox, [...mockArgs(name), "put", payload, remote, ...flags]);
      expect(human.code).toBe(0);
      expect(human.stderr).toBe("");
      expect(human.stdout).toMatch(
        new RegExp(`^${task ? "queued" : "uploaded"} ${payload} -> ${remote}: 13 B \\(13 bytes\\) in `),
      );
      if (task) {
        expect(human.stdout).toContain(`task    ${task.id}\n`);
        expect(human.stdout).toContain(`name    ${task.name}\n`);
      }
      const asJson = await runCli(sandbox, [...mockArgs(name), "--json", "put", payload, remote, ...flags]);
      expect(asJson.code).toBe(0);
      expect(json(asJson)).toEqual({
        local: payload,
        remote,
        size: 13,
        seconds: expect.any(Number),
        ...(task ? { task } : {}),
      });
    },
  );

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [
        ...mockArgs(name),
        "--json",
        "put",
        payload,
        "/local/a.txt",
        "--no-overwrite",
      ]);
      expectRefusal(expect, result, `put ${payload}`, example.value, reLogin(example.value.code));
    },
  );
});
