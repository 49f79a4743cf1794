/**
 * The CLI's real-server paths against the stateful mock (an AList that keeps what it is sent):
 * login, put -r twice (the second run skips every file), get with the bytes compared, mv, cp
 * between two storages with its copy task followed by `tasks`, rm. Each step is checked by
 * reading the server back, not by the command's own report alone.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, runCli, type Sandbox } from "./support/cli.js";

let mock: RunningStatefulMock;
let sandbox: Sandbox;
let tree: string;
const files: Record<string, Buffer> = {
  "a.bin": randomBytes(70_000),
  "notes/b.txt": Buffer.from("first line\nsecond line\n"),
  "notes/deep/c.bin": randomBytes(3_000),
};

beforeAll(async () => {
  // A copy between the two storages runs as a task for 800 ms.
  mock = await startMock({ mode: "stateful", copyMs: 800 });
  sandbox = await makeSandbox();
  tree = join(sandbox.dir, "photos");
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(tree, path)), { recursive: true });
    await writeFile(join(tree, path), bytes);
  }
  await mkdir(join(tree, "empty"));
  const login = await alist(["login", "--username", "admin", "--password-stdin"], "admin");
  expect(login.code, login.stderr).toBe(0);
});
afterAll(async () => {
  // Every answer the CLI got was checked against the spec by the mock.
  expect(mock.violations).toEqual([]);
  await mock.stop();
  await sandbox.remove();
});

function alist(args: string[], input?: string): Promise<CliResult> {
  return runCli(sandbox, ["--server", mock.url, ...args], input === undefined ? {} : { input });
}

async function json<T>(args: string[]): Promise<T> {
  const result = await alist(["--json", ...args]);
  expect(result.code, result.stderr).toBe(0);
  return JSON.parse(result.stdout) as T;
}

interface Entry {
  name: string;
  size: number;
  is_dir: boolean;
}
const names = async (path: string) =>
  (await json<{ entries: Entry[] }>(["ls", path])).entries.map((entry) => entry.name).sort();

describe("the CLI against the stateful mock", () => {
  it("put -r uploads the tree; the listing shows it; a second run skips every file", async () => {
    const first = await json<{ uploaded: number; skipped: number; failed: number }>([
      "put",
      "-r",
      tree,
      "/local/Backups/",
    ]);
    expect(first).toMatchObject({ uploaded: 3, skipped: 0, failed: 0 });
    expect(await names("/local/Backups/photos")).toEqual(["a.bin", "empty", "notes"]);
    expect(await names("/local/Backups/photos/notes/deep")).toEqual(["c.bin"]);
    const listed = await json<{ entries: Entry[] }>(["ls", "/local/Backups/photos"]);
    expect(listed.entries.find((entry) => entry.name === "a.bin")?.size).toBe(70_000);

    const second = await alist(["put", "-r", tree, "/local/Backups/"]);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toMatch(/^uploaded 0, skipped 3, failed 0, /);
  });

  it("get downloads the exact bytes that were uploaded", async () => {
    for (const [path, bytes] of Object.entries(files)) {
      const local = join(sandbox.dir, "downloads", path);
      await mkdir(dirname(local), { recursive: true });
      const result = await alist(["get", `/local/Backups/photos/${path}`, local]);
      expect(result.code, result.stderr).toBe(0);
      expect((await readFile(local)).equals(bytes), path).toBe(true);
    }
  });

  it("mv moves a file into another folder: gone from the source, there in the target", async () => {
    const made = await alist(["mkdir", "-p", "/local/Archive"]);
    expect(made.code, made.stderr).toBe(0);
    const moved = await alist(["mv", "/local/Backups/photos/notes/b.txt", "/local/Archive"]);
    expect(moved.code, moved.stderr).toBe(0);
    expect(await names("/local/Archive")).toEqual(["b.txt"]);
    expect(await names("/local/Backups/photos/notes")).toEqual(["deep"]);
    const gone = await alist(["stat", "/local/Backups/photos/notes/b.txt"]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/object not found/);
  });

  it("cp between storages starts a copy task that `tasks copy` follows until the copy is there", async () => {
    const copied = await json<{ tasks: { id: string; name: string }[] }>(["cp", "/local/Backups/photos/a.bin", "/115"]);
    expect(copied.tasks).toHaveLength(1);
    const id = copied.tasks[0]?.id;
    expect(copied.tasks[0]?.name).toMatch(/a\.bin/);

    let state = "";
    for (let waited = 0; waited < 15_000 && state !== "succeeded"; waited += 200) {
      const listed = await json<{ tasks: { id: string; type: string; state: number | string }[] }>(["tasks", "copy"]);
      const task = listed.tasks.find((candidate) => candidate.id === id);
      expect(task, "the copy task is listed").toBeDefined();
      state = String(task?.state);
      // 2 = succeeded, as the servers number task states.
      if (state === "2") state = "succeeded";
      if (state !== "succeeded") await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(state).toBe("succeeded");
    const table = await alist(["tasks", "copy"]);
    expect(table.stdout).toMatch(new RegExp(`${id}\\s+copy\\s+succeeded`));

    const local = join(sandbox.dir, "from-115.bin");
    const fetched = await alist(["get", "/115/a.bin", local]);
    expect(fetched.code, fetched.stderr).toBe(0);
    expect((await readFile(local)).equals(files["a.bin"] as Buffer)).toBe(true);
  });

  it("rm removes a folder with everything in it", async () => {
    const removed = await alist(["rm", "/local/Backups/photos", "/local/Archive/b.txt"]);
    expect(removed.code, removed.stderr).toBe(0);
    expect(await names("/local/Backups")).toEqual([]);
    expect(await names("/local/Archive")).toEqual([]);
    const gone = await alist(["ls", "/local/Backups/photos"]);
    expect(gone.code).toBe(1);
  });

  it("tasks lists every queue the server has, the finished copy among them", async () => {
    const all = await json<{ tasks: { type: string; state: number | string }[] }>(["tasks"]);
    expect(all.tasks.filter((task) => task.type === "copy")).toHaveLength(1);
    const table = await alist(["tasks"]);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+TYPE\s+STATE\s+PROGRESS\s+NAME/);
  });
});
