/**
 * `alist get -r` against the stateful mock (an AList that keeps its files): a nested tree with
 * an empty folder and hard names comes down byte for byte; a second run skips every file;
 * --force fetches them again; a local file of another size is kept; a file given to -r is
 * refused; the local-path rule; --json's document.
 */
import { randomBytes } from "node:crypto";
import { mkdir, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, runCli, type Sandbox } from "./support/cli.js";

let mock: RunningStatefulMock;
let sandbox: Sandbox;
const files: Record<string, Buffer> = {
  "a b.txt": Buffer.from("hello"),
  "写真/猫 🐱.bin": randomBytes(70_000),
  "写真/深い/+ % # ?.txt": Buffer.from("odd name\n"),
};
const EMPTY = "空 empty";

beforeAll(async () => {
  sandbox = await makeSandbox();
  const seed = join(sandbox.dir, "seed");
  for (const [path, bytes] of Object.entries(files)) {
    await mkdir(dirname(join(seed, "tree", path)), { recursive: true });
    await writeFile(join(seed, "tree", path), bytes);
  }
  await mkdir(join(seed, "tree", EMPTY));
  mock = await startMock({ mode: "stateful", seedDir: seed });
  const login = await alist(["login", "--username", "admin", "--password-stdin"], { input: "admin" });
  expect(login.code, login.stderr).toBe(0);
});
afterAll(async () => {
  // Every answer the CLI got was checked against the spec by the mock.
  expect(mock.violations).toEqual([]);
  await mock.stop();
  await sandbox.remove();
});

function alist(args: string[], options: { input?: string; cwd?: string } = {}): Promise<CliResult> {
  return runCli(sandbox, ["--server", mock.url, ...args], options);
}

const SUMMARY = /^downloaded (\d+), skipped (\d+), failed (\d+), [\d.]+ (B|KiB) \((\d+) bytes\) in [\d.]+ s, .+\/s\n$/;
function summaryOf(result: CliResult) {
  const match = SUMMARY.exec(result.stdout);
  expect(match, `${result.stdout}${result.stderr}`).not.toBeNull();
  const [, downloaded, skipped, failed, , bytes] = match ?? [];
  return { downloaded: Number(downloaded), skipped: Number(skipped), failed: Number(failed), bytes: Number(bytes) };
}

const TOTAL = Object.values(files).reduce((sum, bytes) => sum + bytes.length, 0);

async function expectTree(root: string) {
  for (const [path, bytes] of Object.entries(files)) {
    expect((await readFile(join(root, path))).equals(bytes), path).toBe(true);
  }
  expect((await stat(join(root, EMPTY))).isDirectory()).toBe(true);
  expect(await readdir(join(root, EMPTY))).toEqual([]);
  // Nothing else: no temp file left, nothing extra.
  expect((await readdir(root, { recursive: true })).sort()).toEqual(
    [...Object.keys(files), EMPTY, "写真", "写真/深い"].sort(),
  );
}

describe("alist get -r against the stateful mock", () => {
  it("downloads the tree byte for byte into LOCAL/<name> for a path ending in /; a second run skips it all", async () => {
    const first = await alist(["get", "-r", "/local/tree", "restore/"]);
    expect(first.code, first.stderr).toBe(0);
    expect(summaryOf(first)).toEqual({ downloaded: 3, skipped: 0, failed: 0, bytes: TOTAL });
    await expectTree(join(sandbox.dir, "restore", "tree"));

    const second = await alist(["get", "-r", "/local/tree", "restore/"]);
    expect(second.code, second.stderr).toBe(0);
    expect(summaryOf(second)).toEqual({ downloaded: 0, skipped: 3, failed: 0, bytes: 0 });
  });

  it("--force downloads again files whose local copy has the same size", async () => {
    const root = join(sandbox.dir, "forced");
    expect((await alist(["get", "-r", "/local/tree", root])).code).toBe(0);
    // Same size, other bytes: only --force can tell.
    const cat = join(root, "写真/猫 🐱.bin");
    await writeFile(cat, Buffer.alloc(70_000, 1));
    const skipped = await alist(["get", "-r", "/local/tree", root]);
    expect(summaryOf(skipped)).toEqual({ downloaded: 0, skipped: 3, failed: 0, bytes: 0 });
    expect((await readFile(cat)).equals(Buffer.alloc(70_000, 1))).toBe(true);

    const forced = await alist(["get", "-r", "--force", "--jobs", "2", "/local/tree", root]);
    expect(forced.code, forced.stderr).toBe(0);
    expect(summaryOf(forced)).toEqual({ downloaded: 3, skipped: 0, failed: 0, bytes: TOTAL });
    await expectTree(root);
  });

  it("keeps a local file of another size without --force: a failed entry, exit 4, the others downloaded", async () => {
    const root = join(sandbox.dir, "kept");
    await mkdir(root);
    await writeFile(join(root, "a b.txt"), "mine, longer than hello");
    const result = await alist(["get", "-r", "/local/tree", root]);
    expect(result.code).toBe(4);
    expect(summaryOf(result)).toEqual({ downloaded: 2, skipped: 0, failed: 1, bytes: TOTAL - 5 });
    expect(result.stderr).toContain(
      `alist: get /local/tree/a b.txt: ${join(root, "a b.txt")} exists with another size (pass --force to replace it)\n`,
    );
    expect(result.stderr).toContain("alist: get /local/tree: 1 of 3 entries failed\n");
    expect(await readFile(join(root, "a b.txt"), "utf8")).toBe("mine, longer than hello");
  });

  it("without LOCAL writes ./<name>; any LOCAL not ending in / is the folder itself", async () => {
    const cwd = join(sandbox.dir, "here");
    await mkdir(cwd);
    const result = await alist(["get", "-r", "/local/tree/写真"], { cwd });
    expect(result.code, result.stderr).toBe(0);
    expect((await readFile(join(cwd, "写真", "猫 🐱.bin"))).equals(files["写真/猫 🐱.bin"] as Buffer)).toBe(true);

    // An existing folder named without a slash is the tree's root, as with put -r: not below it.
    const into = await alist(["get", "-r", "/local/tree/写真", "here"]);
    expect(summaryOf(into)).toEqual({ downloaded: 2, skipped: 0, failed: 0, bytes: 70_009 });
    expect((await readdir(cwd)).sort()).toEqual(["深い", "猫 🐱.bin", "写真"].sort());
  });

  it("refuses a file given to -r with one line and exit 2, writing nothing", async () => {
    const result = await alist(["get", "-r", "/local/tree/a b.txt", "nothing"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      "alist: get /local/tree/a b.txt: /local/tree/a b.txt is a file, not a folder (get -r downloads a folder; get downloads a file)\n",
    );
    await expect(stat(join(sandbox.dir, "nothing"))).rejects.toThrow(/ENOENT/);
  });

  it("--json prints one document: what was downloaded, skipped and made", async () => {
    const root = join(sandbox.dir, "as-json");
    await mkdir(root);
    await writeFile(join(root, "a b.txt"), "hello");
    const result = await alist(["--json", "get", "-r", "/local/tree", root]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ remote: "/local/tree", local: root, downloaded: 2, skipped: 1, failed: 0 });
    expect(report.bytes).toBe(TOTAL - 5);
    expect(report.createdFolders.sort()).toEqual(
      [join(root, EMPTY), join(root, "写真"), join(root, "写真/深い")].sort(),
    );
    expect(report.files).toEqual([
      { remote: "/local/tree/a b.txt", local: join(root, "a b.txt"), status: "skipped", size: 5 },
      { remote: "/local/tree/写真/猫 🐱.bin", local: join(root, "写真/猫 🐱.bin"), status: "downloaded", size: 70_000 },
      {
        remote: "/local/tree/写真/深い/+ % # ?.txt",
        local: join(root, "写真/深い/+ % # ?.txt"),
        status: "downloaded",
        size: 9,
      },
    ]);
  });
});
