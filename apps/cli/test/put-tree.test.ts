/**
 * `alist put -r` against a fake AList that keeps a tree in memory and records what it gets:
 * missing folders are created parents first, same-size files are skipped (unless --force), a
 * failed file does not stop the others (exit 4 with the summary), --jobs bounds the uploads in
 * flight; and against the mock, every example of the operations it calls.
 */
import { mkdir, rename, rm, symlink, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, runCli, type Sandbox, startCli } from "./support/cli.js";
import { fakeTree } from "./support/fake-tree.js";
import { expectRefusal, json, reLogin } from "./support/refusal.js";
import { routedMock } from "./support/routed-mock.js";
import { answerExamples } from "./support/spec.js";

let sandbox: Sandbox;
/** a.txt (5 B), empty/, sub/b.bin (1000 B), sub/deeper/c.txt (3 B), and links that are not followed. */
let tree: string;
beforeAll(async () => {
  sandbox = await makeSandbox();
  tree = join(sandbox.dir, "tree");
  const files: Record<string, string | Buffer> = {
    "a.txt": "hello",
    "sub/b.bin": Buffer.alloc(1000, 7),
    "sub/deeper/c.txt": "abc",
  };
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(tree, path)), { recursive: true });
    await writeFile(join(tree, path), content);
  }
  await mkdir(join(tree, "empty"));
  await writeFile(join(sandbox.dir, "outside.txt"), "not to be sent");
  await symlink(join(sandbox.dir, "outside.txt"), join(tree, "link.txt"));
  await symlink(sandbox.dir, join(tree, "sub", "loop"));
});
afterAll(() => sandbox.remove());

const putTree = (server: { url: string }, args: string[]) =>
  runCli(sandbox, ["--server", server.url, "--token", "t", ...args]);

const routes = (server: Awaited<ReturnType<typeof fakeTree>>, route: string) =>
  server.seen.filter((seen) => seen.route === route).map((seen) => seen.body);

const SUMMARY = /^uploaded (\d+), skipped (\d+), failed (\d+), [\d.]+ (B|KiB) \((\d+) bytes\) in [\d.]+ s, .+\/s\n$/;

function summaryOf(result: CliResult) {
  const match = SUMMARY.exec(result.stdout);
  expect(match, result.stdout).not.toBeNull();
  const [, uploaded, skipped, failed, , bytes] = match ?? [];
  return { uploaded: Number(uploaded), skipped: Number(skipped), failed: Number(failed), bytes: Number(bytes) };
}

describe("alist put -r to a fake AList", () => {
  it("creates the missing folders parents first, sends every file, follows no link, refreshes the listing", async () => {
    const server = await fakeTree({ "/local": "folder" });
    try {
      const result = await putTree(server, ["--verbose", "put", "-r", tree, "/local/"]);
      expect(result.code).toBe(0);
      expect(summaryOf(result)).toEqual({ uploaded: 3, skipped: 0, failed: 0, bytes: 1008 });
      // Parents first; folders of one level go in parallel, in any order.
      const made = routes(server, "POST /api/fs/mkdir").map((body) => (body as { path: string }).path);
      expect(made[0]).toBe("/local/tree");
      expect(made.slice(1, 3).sort()).toEqual(["/local/tree/empty", "/local/tree/sub"]);
      expect(made.slice(3)).toEqual(["/local/tree/sub/deeper"]);
      expect([...server.files].sort()).toEqual([
        ["/local/tree/a.txt", 5],
        ["/local/tree/sub/b.bin", 1000],
        ["/local/tree/sub/deeper/c.txt", 3],
      ]);
      // The root was listed once (missing); below a missing folder nothing is listed. Then the refresh.
      expect(routes(server, "POST /api/fs/list")).toEqual([
        { path: "/local/tree", page: 1, per_page: 200 },
        { path: "/local/tree", page: 1, per_page: 1, refresh: true },
      ]);
      expect(result.stderr).toContain(`left out ${join(tree, "link.txt")}: a symbolic link\n`);
      expect(result.stderr).toContain(`left out ${join(tree, "sub", "loop")}: a symbolic link\n`);
      expect(result.stderr).toContain("refreshed the listing of /local/tree\n");
    } finally {
      await server.close();
    }
  });

  it("skips files whose remote size matches; --force sends them again", async () => {
    const existing = { "/dst/a.txt": 5, "/dst/sub/b.bin": 999, "/dst/sub/deeper/c.txt": 3 };
    const server = await fakeTree(existing);
    try {
      const skipping = await putTree(server, ["--json", "put", "-r", tree, "/dst"]);
      expect(skipping.code).toBe(0);
      const report = json(skipping);
      expect(report).toMatchObject({ remote: "/dst", uploaded: 1, skipped: 2, failed: 0, bytes: 1000 });
      expect(report.createdFolders).toEqual(["/dst/empty"]);
      expect(report.files.map((file: { remote: string; status: string }) => [file.remote, file.status])).toEqual([
        ["/dst/a.txt", "skipped"],
        ["/dst/sub/b.bin", "uploaded"],
        ["/dst/sub/deeper/c.txt", "skipped"],
      ]);
      expect(routes(server, "PUT /api/fs/put")).toEqual(["/dst/sub/b.bin"]);
      // Every existing folder is listed once to learn its sizes.
      expect(routes(server, "POST /api/fs/list").map((body) => (body as { path: string }).path)).toEqual([
        "/dst",
        "/dst/sub",
        "/dst/sub/deeper",
        "/dst",
      ]);

      const forced = await putTree(server, ["put", "-r", "--force", tree, "/dst"]);
      expect(forced.code).toBe(0);
      expect(summaryOf(forced)).toEqual({ uploaded: 3, skipped: 0, failed: 0, bytes: 1008 });
      expect(routes(server, "PUT /api/fs/put")).toHaveLength(4);
    } finally {
      await server.close();
    }
  });

  it("carries on past a refused file, then exits 4 with the summary (and one JSON document)", async () => {
    const server = await fakeTree({}, { refuse: new Map([["/dst/sub/b.bin", 403]]) });
    try {
      const result = await putTree(server, ["put", "-r", "--jobs", "1", tree, "/dst"]);
      expect(result.code).toBe(4);
      expect(summaryOf(result)).toEqual({ uploaded: 2, skipped: 0, failed: 1, bytes: 8 });
      expect(result.stderr).toBe(
        `alist: put ${join(tree, "sub", "b.bin")}: permission denied (code 403)\n` +
          `alist: put ${tree}: 1 of 3 files failed\n`,
      );
      expect([...server.files.keys()]).toEqual(["/dst/a.txt", "/dst/sub/deeper/c.txt"]);

      const asJson = await putTree(server, ["--json", "put", "-r", "--force", tree, "/dst"]);
      expect(asJson.code).toBe(4);
      const report = json(asJson);
      expect(report).toMatchObject({
        uploaded: 2,
        failed: 1,
        error: { kind: "partial", message: `put ${tree}: 1 of 3 files failed` },
      });
      expect(report.files[1]).toEqual({
        local: join(tree, "sub", "b.bin"),
        remote: "/dst/sub/b.bin",
        status: "failed",
        error: "permission denied (code 403)",
      });
      expect(report.files[0]).toMatchObject({ remote: "/dst/a.txt", size: 5, status: "uploaded" });
    } finally {
      await server.close();
    }
  });

  it("an authentication failure stops the run (exit 3) instead of failing every file", async () => {
    const server = await fakeTree({}, { refuse: new Map([["/dst/a.txt", 401]]) });
    try {
      const result = await putTree(server, ["put", "-r", "--jobs", "1", tree, "/dst"]);
      expect(result.code).toBe(3);
      expect(result.stderr).toBe(
        `alist: put ${tree}: token is invalidated (code 401): log in again with \`alist login\`\n`,
      );
      expect(routes(server, "PUT /api/fs/put")).toEqual(["/dst/a.txt"]);
    } finally {
      await server.close();
    }
  });

  it("--jobs bounds the uploads in flight (default 4)", async () => {
    const many = join(sandbox.dir, "many");
    await mkdir(many);
    for (let i = 0; i < 10; i++) await writeFile(join(many, `f${i}.txt`), `file ${i}`);
    for (const [jobs, most] of [
      [["--jobs", "3"], 3],
      [["--jobs", "1"], 1],
      [[], 4],
    ] as const) {
      const server = await fakeTree({}, { uploadDelayMs: 60 });
      try {
        const result = await putTree(server, ["put", "-r", ...jobs, many, "/many"]);
        expect(result.code).toBe(0);
        expect(server.files.size).toBe(10);
        expect(server.uploads.most).toBe(most);
      } finally {
        await server.close();
      }
    }
  });

  it("Ctrl-C stops the uploads in flight and starts no more: exit 130 within a second", async () => {
    const server = await fakeTree({}, { uploadDelayMs: 5_000 });
    try {
      const { child, done } = startCli(sandbox, [
        "--server",
        server.url,
        "--token",
        "t",
        "put",
        "-r",
        "--jobs",
        "2",
        tree,
        "/dst",
      ]);
      while (server.uploads.inFlight < 2) await new Promise((resolve) => setTimeout(resolve, 20));
      const sent = performance.now();
      child.kill("SIGINT");
      const result = await done;
      expect(performance.now() - sent).toBeLessThan(1000);
      expect(result.code).toBe(130);
      expect(result.stderr).toBe(
        `alist: put ${tree}: interrupted; the files being sent when it stopped may be incomplete on the server\n`,
      );
      expect(routes(server, "PUT /api/fs/put")).toHaveLength(2);
    } finally {
      await server.close();
    }
  });

  it("a refresh the user may not do is only mentioned with --verbose", async () => {
    const server = await fakeTree({}, { refreshForbidden: true });
    try {
      const quiet = await putTree(server, ["put", "-r", tree, "/dst"]);
      expect(quiet.code).toBe(0);
      expect(quiet.stderr).toBe("");
      const verbose = await putTree(server, ["--verbose", "put", "-r", "--force", tree, "/dst"]);
      expect(verbose.code).toBe(0);
      expect(verbose.stderr).toContain(
        "alist: refresh /dst: Refresh without permission (code 403) (the files are sent; the listing refreshes on its own)\n",
      );
    } finally {
      await server.close();
    }
  });

  it("a remote file where a local folder is: exit 1, nothing sent", async () => {
    const server = await fakeTree({ "/dst/sub": 12 });
    try {
      const result = await putTree(server, ["put", "-r", tree, "/dst"]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(`alist: put ${tree}: /dst/sub is a file on the server, not a folder\n`);
      expect(routes(server, "PUT /api/fs/put")).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it.each([
    [
      ["put", "-r", "--as-task", "tree", "/dst"],
      2,
      "alist: put tree: --as-task and --no-overwrite do not apply to put -r\n",
    ],
    [["put", "--force", "tree/a.txt", "/dst/"], 2, "alist: put tree/a.txt: --force and --jobs apply only with -r\n"],
    [
      ["put", "-r", "--jobs", "0", "tree", "/dst"],
      2,
      "alist: option '--jobs <n>' argument '0' is invalid. expected a whole number from 1 to 64\n",
    ],
    [["put", "-r", "tree/a.txt", "/dst"], 4, "alist: put tree/a.txt: is not a folder (put -r sends a folder)\n"],
    [["put", "-r", "nowhere", "/dst"], 4, "alist: put nowhere: no such folder\n"],
  ])("%j: exit %i", async (args, code, line) => {
    const result = await runCli(sandbox, ["--server", "http://127.0.0.1:9", "--token", "t", ...args]);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(line);
  });
});

describe("alist put -r when local files are swapped after the walk", () => {
  it("a file swapped for a link, or a folder for a link to another folder, fails; no outside byte is sent", async () => {
    const root = join(sandbox.dir, "swap-tree");
    const outsideDir = join(sandbox.dir, "swap-outside");
    await mkdir(join(root, "sub"), { recursive: true });
    await mkdir(outsideDir);
    await writeFile(join(root, "a.txt"), "mine a");
    await writeFile(join(root, "keep.txt"), "keep");
    await writeFile(join(root, "sub", "b.txt"), "mine b");
    await writeFile(join(sandbox.dir, "swap-secret.txt"), "OUTSIDE SECRET");
    await writeFile(join(outsideDir, "b.txt"), "OUTSIDE B");
    let swapped = false;
    // The walk is done when the first listing comes: swap the files while the server is "slow".
    const server = await fakeTree(
      { "/local": "folder" },
      {
        beforeList: async () => {
          if (swapped) return;
          swapped = true;
          await rm(join(root, "a.txt"));
          await symlink(join(sandbox.dir, "swap-secret.txt"), join(root, "a.txt"));
          await rename(join(root, "sub"), join(root, "sub-moved"));
          await symlink(outsideDir, join(root, "sub"));
        },
      },
    );
    try {
      const result = await putTree(server, ["put", "-r", root, "/local/"]);
      expect(swapped).toBe(true);
      expect(result.code).toBe(4);
      expect(summaryOf(result)).toEqual({ uploaded: 1, skipped: 0, failed: 2, bytes: 4 });
      expect(result.stderr).toContain(
        `alist: put ${join(root, "a.txt")}: is now a symbolic link (not followed, not sent)\n`,
      );
      expect(result.stderr).toContain(
        `alist: put ${join(root, "sub", "b.txt")}: was replaced by another file after it was listed (not sent)\n`,
      );
      expect([...server.contents]).toEqual([["/local/swap-tree/keep.txt", "keep"]]);
      expect(routes(server, "PUT /api/fs/put")).toEqual(["/local/swap-tree/keep.txt"]);
    } finally {
      await server.close();
    }
  });
});

describe("alist put -r against the mock (fsList, fsMkdir, fsPut)", () => {
  const LIST = "POST /api/fs/list";
  const MKDIR = "POST /api/fs/mkdir";
  const PUT = "PUT /api/fs/put";
  const small = () => join(sandbox.dir, "small");
  beforeAll(async () => {
    await mkdir(join(small(), "sub"), { recursive: true });
    await writeFile(join(small(), "a.txt"), "hello");
    await writeFile(join(small(), "sub", "b.txt"), "abc");
  });

  /** Lists get `list` (the refresh at the end gets `refresh`), mkdir and put their own. */
  async function run(
    examples: { list: string; mkdir?: string; put?: string; refresh?: string },
    extra: string[] = [],
    putOptions: string[] = [],
  ) {
    const front = await routedMock((route, body) => {
      if (route === LIST) return body.includes('"refresh":true') ? (examples.refresh ?? "emptyFolder") : examples.list;
      if (route === MKDIR) return examples.mkdir ?? "success";
      if (route === PUT) return examples.put ?? "success";
      return undefined;
    });
    try {
      const args = ["--server", front.url, "--token", "t", ...extra, "put", "-r", ...putOptions, small(), "/up"];
      const result = await runCli(sandbox, args);
      return { ...result, requests: front.requests.map((request) => request.route) };
    } finally {
      await front.close();
    }
  }

  it("emptyFolder: the subfolder is created, both files sent, the listing refreshed", async () => {
    const result = await run({ list: "emptyFolder" });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(summaryOf(result)).toEqual({ uploaded: 2, skipped: 0, failed: 0, bytes: 8 });
    expect(result.requests).toEqual([LIST, MKDIR, PUT, PUT, LIST]);
  });

  const listExamples = answerExamples("fsList");
  const missing = (message: string) => /not found/.test(message);
  it.concurrent.for(listExamples.errors.filter(([, example]) => missing(example.value.message)))(
    "fsList example %s: the folder is missing, so it is created with its subfolder",
    async ([name], { expect }) => {
      const result = await run({ list: name });
      expect(result.code).toBe(0);
      expect(result.requests).toEqual([LIST, MKDIR, MKDIR, PUT, PUT, LIST]);
    },
  );
  it.concurrent.for(listExamples.errors.filter(([, example]) => !missing(example.value.message)))(
    "fsList example %s: exit code, one line and the JSON error; nothing sent",
    async ([name, example], { expect }) => {
      const result = await run({ list: name }, ["--json"]);
      expectRefusal(expect, result, `put ${small()}`, example.value, reLogin(example.value.code));
      expect(result.requests.filter((route) => route !== LIST)).toEqual([]);
    },
  );

  it("fsList example refreshWithoutPermission at the refresh: fine, mentioned with --verbose", async () => {
    const result = await run({ list: "emptyFolder", refresh: "refreshWithoutPermission" }, ["--verbose"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain("alist: refresh /up: Refresh without permission (code 403)");
  });

  it.concurrent.for(answerExamples("fsMkdir").errors)(
    "fsMkdir example %s: exit code, one line and the JSON error; nothing sent",
    async ([name, example], { expect }) => {
      const result = await run({ list: "folderNotFound", mkdir: name }, ["--json"]);
      expectRefusal(expect, result, `put ${small()}`, example.value, reLogin(example.value.code));
      expect(result.requests).not.toContain(PUT);
    },
  );

  it.concurrent.for(answerExamples("fsPut").errors)(
    "fsPut example %s: each file fails (exit 4 with the summary), or an auth failure stops the run (exit 3)",
    async ([name, example], { expect }) => {
      const { code, message } = example.value;
      const result = await run({ list: "emptyFolder", put: name }, [], ["--jobs", "1"]);
      if ([401, 402, 429].includes(code)) {
        expect(result.code).toBe(3);
        expect(result.stderr).toBe(`alist: put ${small()}: ${message} (code ${code})${reLogin(code)}\n`);
        expect(result.requests.filter((route) => route === PUT)).toHaveLength(1);
        return;
      }
      expect(result.code).toBe(4);
      expect(summaryOf(result)).toEqual({ uploaded: 0, skipped: 0, failed: 2, bytes: 0 });
      expect(result.stderr).toBe(
        `alist: put ${join(small(), "a.txt")}: ${message} (code ${code})\n` +
          `alist: put ${join(small(), "sub", "b.txt")}: ${message} (code ${code})\n` +
          `alist: put ${small()}: 2 of 2 files failed\n`,
      );
    },
  );
});
