/**
 * whoami, ls and tasks against the Prism mock, for every named example of the operations they
 * call: the success ones (human and --json output) and each error (exit code, the one line,
 * the --json error document).
 */
import type { CurrentUser, Obj, TaskInfo } from "@alist-toolkit/client";
import { afterAll, beforeAll, describe, it } from "vitest";
import { makeSandbox, mockArgs, runCli, type Sandbox } from "./support/cli.js";
import { expectRefusal, json, reLogin } from "./support/refusal.js";
import { answerExamples } from "./support/spec.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await makeSandbox();
});
afterAll(() => sandbox.remove());

/** `label  value` lines of the human output, by label. */
function fieldsOf(stdout: string): Map<string, string> {
  return new Map(
    stdout
      .trimEnd()
      .split("\n")
      .map((line) => {
        const match = /^(\S+(?: \S+)?)\s{2,}(.*)$/.exec(line);
        return [match?.[1] ?? line, match?.[2] ?? ""] as [string, string];
      }),
  );
}

describe("alist whoami (me)", () => {
  const { successes, errors } = answerExamples("me");

  it.concurrent.for(successes)(
    "example %s: the user's fields, and the user as JSON",
    async ([name, example], { expect }) => {
      const user = example.value.data as CurrentUser;
      const human = await runCli(sandbox, [...mockArgs(name), "whoami"]);
      expect(human.code).toBe(0);
      expect(human.stderr).toBe("");
      const fields = fieldsOf(human.stdout);
      expect(fields.get("username")).toBe(user.username);
      const roles: Record<number, string> = { 0: "general", 1: "guest", 2: "admin" };
      expect(fields.get("role")).toBe(Array.isArray(user.role) ? user.role_names?.join(", ") : roles[user.role]);
      expect(fields.get("base path")).toBe(user.base_path);
      expect(fields.get("permissions")).toMatch(new RegExp(`^0x${user.permission.toString(16)}[: ]`));
      expect(fields.get("2FA")).toBe(user.otp ? "on" : "off");
      expect(fields.get("disabled")).toBe(user.disabled ? "yes" : "no");

      const asJson = await runCli(sandbox, [...mockArgs(name), "--json", "whoami"]);
      expect(asJson.code).toBe(0);
      const { password: _password, ...shown } = user;
      expect(json(asJson)).toEqual(shown);
    },
  );

  it("names the permission bits: an admin's and a guest's", async ({ expect }) => {
    const admin = fieldsOf((await runCli(sandbox, [...mockArgs("admin"), "whoami"])).stdout);
    expect(admin.get("permissions")).toBe(
      "0x30ff: see hidden, no folder password, offline download, write, rename, move, copy, remove, read archives, decompress",
    );
    const guest = fieldsOf((await runCli(sandbox, [...mockArgs("guest"), "whoami"])).stdout);
    expect(guest.get("permissions")).toBe("0x0 (none)");
  });

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [...mockArgs(name), "--json", "whoami"]);
      expectRefusal(expect, result, "whoami", example.value, reLogin(example.value.code));
    },
  );
});

/**
 * What listAll yields when every page is the same example: the examples' pages are shorter than a
 * page (200), and a short page is the last, whatever `total` says.
 */
function pagedEntries(data: { content: Obj[] | null; total: number }): Obj[] {
  return data.content ?? [];
}

describe("alist ls (fsList, every page)", () => {
  const { successes, errors } = answerExamples("fsList");

  it.concurrent.for(successes)(
    "example %s: names (folders end in /), -l columns, and the entries as JSON",
    async ([name, example], { expect }) => {
      const entries = pagedEntries(example.value.data as { content: Obj[] | null; total: number });
      const short = await runCli(sandbox, [...mockArgs(name), "ls", "/local/Movies"]);
      expect(short.code).toBe(0);
      expect(short.stderr).toBe("");
      expect(short.stdout).toBe(entries.map((entry) => `${entry.name}${entry.is_dir ? "/" : ""}\n`).join(""));

      const long = await runCli(sandbox, [...mockArgs(name), "ls", "-l", "/local/Movies"]);
      expect(long.code).toBe(0);
      const lines = long.stdout === "" ? [] : long.stdout.trimEnd().split("\n");
      expect(lines.length).toBe(entries.length === 0 ? 0 : entries.length + 1);
      if (entries.length > 0) expect(lines[0]).toMatch(/^\s+SIZE\s+MODIFIED\s+NAME$/);
      entries.forEach((entry, index) => {
        const size = entry.is_dir ? "-" : String.raw`[\d.]+ (B|KiB|MiB|GiB)`;
        const modified = entry.modified.slice(0, 16).replace("T", " ");
        const shown = `${entry.name}${entry.is_dir ? "/" : ""}`.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        expect(lines[index + 1]).toMatch(new RegExp(`^${entry.is_dir ? "d" : "-"}\\s+${size}  ${modified}  ${shown}$`));
      });

      const asJson = await runCli(sandbox, [...mockArgs(name), "--json", "ls", "/local/Movies/"]);
      expect(asJson.code).toBe(0);
      expect(json(asJson)).toEqual({ path: "/local/Movies", entries });
    },
  );

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [...mockArgs(name), "--json", "ls", "/local/Movies"]);
      expectRefusal(expect, result, "ls /local/Movies", example.value, reLogin(example.value.code));
    },
  );
});

describe("alist tasks (taskUndone and taskDone)", () => {
  const { successes, errors } = answerExamples("taskUndone");
  const rowOf = (task: TaskInfo, type: string) => {
    const progress = Number.isInteger(task.progress) ? `${task.progress}%` : `${task.progress.toFixed(1)}%`;
    const states = ["pending", "running", "succeeded", "canceling", "canceled", "errored", "failing", "failed"];
    return new RegExp(
      `^${task.id}\\s+${type}\\s+${states[task.state]}\\s+${progress.replace(".", "\\.")}  ${task.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`,
    );
  };

  it.concurrent.for(successes)(
    "example %s: undone then done, one row each, and the tasks as JSON",
    async ([name, example], { expect }) => {
      const listed = example.value.data as TaskInfo[];
      const human = await runCli(sandbox, [...mockArgs(name), "tasks", "upload"]);
      expect(human.code).toBe(0);
      if (listed.length === 0) {
        expect(human.stdout).toBe("");
        expect(human.stderr).toBe("no tasks of type upload\n");
      } else {
        expect(human.stderr).toBe("");
        const [header, ...rows] = human.stdout.trimEnd().split("\n");
        expect(header).toMatch(/^ID\s+TYPE\s+STATE\s+PROGRESS\s+NAME$/);
        // The mock answers undone and done with the same example.
        const expected = [...listed, ...listed];
        expect(rows).toHaveLength(expected.length);
        for (const [index, task] of expected.entries()) expect(rows[index]).toMatch(rowOf(task, "upload"));
      }
      const asJson = await runCli(sandbox, [...mockArgs(name), "--json", "tasks", "upload"]);
      expect(asJson.code).toBe(0);
      expect(json(asJson)).toEqual({ tasks: [...listed, ...listed].map((task) => ({ ...task, type: "upload" })) });
    },
  );

  it("taskDone has the same examples as taskUndone, so one walk covers both", ({ expect }) => {
    expect(answerExamples("taskDone")).toEqual(answerExamples("taskUndone"));
  });

  it("without a type: every queue, in order", async ({ expect }) => {
    const result = await runCli(sandbox, [...mockArgs("running"), "--json", "tasks"]);
    expect(result.code).toBe(0);
    const types = (json(result).tasks as Array<{ type: string }>).map((task) => task.type);
    const queues = [
      "upload",
      "copy",
      "offline_download",
      "offline_download_transfer",
      "decompress",
      "decompress_upload",
      "move",
    ];
    expect([...new Set(types)]).toEqual(queues);
    expect(types).toHaveLength(queues.length * 4);
  });

  it("an unknown type is a usage error (exit 2) naming the types", async ({ expect }) => {
    const result = await runCli(sandbox, [...mockArgs("running"), "tasks", "uploads"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'alist: tasks uploads: unknown task type "uploads"; one of: upload, copy, offline_download, ' +
        "offline_download_transfer, decompress, decompress_upload, move\n",
    );
  });

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [...mockArgs(name), "--json", "tasks", "copy"]);
      expectRefusal(expect, result, "tasks copy", example.value, reLogin(example.value.code));
    },
  );
});
