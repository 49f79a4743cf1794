/**
 * `alist get -r` against a fake AList that sends what a hostile or broken server could: names
 * that are no safe local names (empty, with a backslash, "..", "a/b"), a file whose link
 * answers 500. Nothing is written outside the target, no symbolic link inside the target is
 * followed, a failed entry does not stop the others (exit 4 with the summary), and a signal
 * mid-download leaves no temp file.
 */
import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fsObject } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, runCli, type Sandbox, startCli } from "./support/cli.js";
import { type Blob, type FakeDownloadTree, fakeDownloadTree } from "./support/fake-download-tree.js";

let sandbox: Sandbox;
/** A folder beside each target, which must stay as it is. */
let outside: string;
let target: string;
let run = 0;

const file = (name: string, size = 4) => fsObject(name, size, false);
const folder = (name: string) => fsObject(name, 0, true);

beforeAll(async () => {
  sandbox = await makeSandbox();
});
afterAll(() => sandbox.remove());
beforeEach(async () => {
  run += 1;
  outside = join(sandbox.dir, `outside-${run}`);
  target = join(sandbox.dir, `target-${run}`);
  await mkdir(outside);
  await writeFile(join(outside, "keep.txt"), "outside");
});

async function withServer(
  listings: Record<string, Array<ReturnType<typeof fsObject>>>,
  blobs: Record<string, Blob>,
  body: (server: FakeDownloadTree) => Promise<void>,
) {
  const server = await fakeDownloadTree(listings, blobs);
  try {
    await body(server);
  } finally {
    await server.close();
  }
}

const getTree = (server: { url: string }, args: string[]): Promise<CliResult> =>
  runCli(sandbox, ["--server", server.url, "--token", "t", "get", "-r", ...args]);

const SUMMARY = /^downloaded (\d+), skipped (\d+), failed (\d+), /m;
const summaryOf = (result: CliResult) => {
  const [, downloaded, skipped, failed] = SUMMARY.exec(result.stdout) ?? [];
  return { downloaded: Number(downloaded), skipped: Number(skipped), failed: Number(failed) };
};

/** Everything below `dir`, sorted. */
const everything = async (dir: string) => (await readdir(dir, { recursive: true })).sort();

async function expectOutsideUntouched() {
  expect(await everything(outside)).toEqual(["keep.txt"]);
  expect(await readFile(join(outside, "keep.txt"), "utf8")).toBe("outside");
  // Nothing new beside the target either (HOME and the config folder are the CLI's own).
  const beside = (await readdir(sandbox.dir)).filter((name) => !/^(outside-|target-)\d+$|^(home|config)$/.test(name));
  expect(beside).toEqual([]);
}

describe("alist get -r against a hostile fake AList", () => {
  it("refuses names that are no safe local names, writes nothing outside the target, names them, exit 4", async () => {
    const listings = {
      "/t": [file("good.txt"), file(""), file("back\\..\\slash.txt"), folder(""), folder("dots"), folder("slash")],
      // The client refuses these listings whole: a name of "..", a name holding "/".
      "/t/dots": [file(".."), file("fine.txt")],
      "/t/slash": [file("a/b"), file("fine.txt")],
    };
    const blobs: Record<string, Blob> = {
      "/t/good.txt": Buffer.from("good"),
      "/t/": Buffer.from("evil"),
      "/t/back\\..\\slash.txt": Buffer.from("evil"),
      "/t/dots/..": Buffer.from("evil"),
      "/t/slash/a/b": Buffer.from("evil"),
      "/t/dots/fine.txt": Buffer.from("fine"),
      "/t/slash/fine.txt": Buffer.from("fine"),
    };
    await withServer(listings, blobs, async (server) => {
      const result = await getTree(server, ["/t", target]);
      expect(result.code, result.stderr).toBe(4);
      expect(summaryOf(result)).toEqual({ downloaded: 1, skipped: 0, failed: 5 });
      expect(result.stderr).toContain("alist: get /t/: the name is empty: not written\n");
      expect(result.stderr).toContain('alist: get /t/back\\..\\slash.txt: the name holds a "\\": not written\n');
      expect(result.stderr).toMatch(
        /alist: get \/t\/dots: .*content\[0\]\.name is not a valid entry name: it is "\.\."/,
      );
      expect(result.stderr).toMatch(
        /alist: get \/t\/slash: .*content\[0\]\.name is not a valid entry name: it holds a "\/"/,
      );
      expect(result.stderr).toContain("alist: get /t: 5 of 6 entries failed\n");
      // Only the good file's bytes were asked for; the target holds it and the two folders made.
      expect(server.fetched).toEqual(["/t/good.txt"]);
      expect(await everything(target)).toEqual(["dots", "good.txt", "slash"]);
      await expectOutsideUntouched();
    });
  });

  it("--json: the failed entries in the one document, with the error", async () => {
    await withServer({ "/t": [file(""), file("ok.txt")] }, { "/t/ok.txt": Buffer.from("okay") }, async (server) => {
      const result = await getTree(server, ["/t", target]);
      expect(result.code).toBe(4);
      const json = await runCli(sandbox, ["--server", server.url, "--token", "t", "--json", "get", "-r", "/t", target]);
      expect(json.code).toBe(4);
      const report = JSON.parse(json.stdout);
      expect(report).toMatchObject({ remote: "/t", local: target, downloaded: 0, skipped: 1, failed: 1 });
      expect(report.files).toEqual([
        { remote: "/t/", status: "failed", error: "the name is empty: not written" },
        { remote: "/t/ok.txt", local: join(target, "ok.txt"), status: "skipped", size: 4 },
      ]);
      expect(report.error).toEqual({ kind: "partial", message: "get /t: 1 of 2 entries failed" });
    });
  });

  it("does not follow a symbolic link to a folder outside: that folder fails, the rest arrives", async () => {
    await mkdir(target);
    await symlink(outside, join(target, "sub"));
    const listings = { "/t": [folder("sub"), file("top.txt")], "/t/sub": [file("keep.txt"), file("new.txt")] };
    const blobs = {
      "/t/top.txt": Buffer.from("top!"),
      "/t/sub/keep.txt": Buffer.from("evil"),
      "/t/sub/new.txt": Buffer.from("evil"),
    };
    await withServer(listings, blobs, async (server) => {
      const result = await getTree(server, ["--force", "/t", target]);
      expect(result.code, result.stderr).toBe(4);
      expect(summaryOf(result)).toEqual({ downloaded: 1, skipped: 0, failed: 1 });
      expect(result.stderr).toContain(
        `alist: get /t/sub: ${join(target, "sub")}: a symbolic link is in the folder's place (not followed)\n`,
      );
      expect(server.fetched).toEqual(["/t/top.txt"]);
      expect(await readFile(join(target, "top.txt"), "utf8")).toBe("top!");
      await expectOutsideUntouched();
    });
  });

  it("does not replace a symbolic link in a file's place, even with --force", async () => {
    await mkdir(target);
    await symlink(join(outside, "keep.txt"), join(target, "keep.txt"));
    const blobs = { "/t/keep.txt": Buffer.from("evil") };
    await withServer({ "/t": [file("keep.txt")] }, blobs, async (server) => {
      const result = await getTree(server, ["--force", "/t", target]);
      expect(result.code).toBe(4);
      expect(result.stderr).toContain(
        `alist: get /t/keep.txt: a symbolic link is in the file's place (not followed): ${join(target, "keep.txt")}\n`,
      );
      expect(server.fetched).toEqual([]);
      await expectOutsideUntouched();
    });
  });

  it("a local folder where a file goes, or a file where a folder goes, fails that entry and is kept, even with --force", async () => {
    await mkdir(join(target, "was-file", "mine"), { recursive: true });
    await writeFile(join(target, "was-folder"), "my file");
    const listings = { "/t": [file("was-file"), folder("was-folder"), file("ok.txt")], "/t/was-folder": [file("x")] };
    const blobs = {
      "/t/was-file": Buffer.from("evil"),
      "/t/was-folder/x": Buffer.from("evil"),
      "/t/ok.txt": Buffer.from("okay"),
    };
    await withServer(listings, blobs, async (server) => {
      const result = await getTree(server, ["--force", "/t", target]);
      expect(result.code).toBe(4);
      expect(summaryOf(result)).toEqual({ downloaded: 1, skipped: 0, failed: 2 });
      expect(result.stderr).toContain(
        `alist: get /t/was-file: a folder is in the file's place: ${join(target, "was-file")}\n`,
      );
      expect(result.stderr).toContain(
        `alist: get /t/was-folder: ${join(target, "was-folder")}: a file is in the folder's place\n`,
      );
      expect(server.fetched).toEqual(["/t/ok.txt"]);
      expect(await everything(target)).toEqual(["ok.txt", "was-file", "was-file/mine", "was-folder"]);
      expect(await readFile(join(target, "was-folder"), "utf8")).toBe("my file");
    });
  });

  it("a file whose link answers 500 fails alone: the others arrive, exit 4 with the summary", async () => {
    const listings = { "/t": [file("a.txt"), file("broken.txt"), folder("d")], "/t/d": [file("c.txt")] };
    const blobs: Record<string, Blob> = {
      "/t/a.txt": Buffer.from("aaaa"),
      "/t/broken.txt": "fail",
      "/t/d/c.txt": Buffer.from("cccc"),
    };
    await withServer(listings, blobs, async (server) => {
      const result = await getTree(server, ["--jobs", "1", "/t", target]);
      expect(result.code).toBe(4);
      expect(summaryOf(result)).toEqual({ downloaded: 2, skipped: 0, failed: 1 });
      expect(result.stderr).toBe(
        "alist: get /t/broken.txt: the download failed: HTTP 500 instead of the file\n" +
          "alist: get /t: 1 of 3 entries failed\n",
      );
      expect(await everything(target)).toEqual(["a.txt", "d", "d/c.txt"]);
      expect(await readFile(join(target, "d", "c.txt"), "utf8")).toBe("cccc");
    });
  });

  it.each([
    ["SIGINT", 130, "interrupted"],
    ["SIGTERM", 143, "stopped by SIGTERM"],
    ["SIGHUP", 129, "stopped by SIGHUP"],
  ] as const)("%s mid-download stops every download: exit %i, no temp file left", async (signal, code, said) => {
    const listings = { "/t": [file("one.bin", 1_000_000), file("two.bin", 1_000_000)] };
    await withServer(listings, { "/t/one.bin": "stall", "/t/two.bin": "stall" }, async (server) => {
      const { child, done } = startCli(sandbox, ["--server", server.url, "--token", "t", "get", "-r", "/t", target]);
      const parts = async () => (await readdir(target).catch(() => [])).filter((name) => name.endsWith(".part"));
      while ((await parts()).length < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      child.kill(signal);
      const result = await done;
      expect(result.code).toBe(code);
      expect(result.stderr).toBe(
        `alist: get /t: ${said}; the files being downloaded were not kept (no partial file is left)\n`,
      );
      expect(await readdir(target)).toEqual([]);
    });
  });
});
