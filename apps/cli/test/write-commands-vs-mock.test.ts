/**
 * mkdir, rm, mv, cp and get against the Prism mock, for every named example of the operations
 * they call: successes (human and --json output, and what was asked of the server) and each
 * error (exit code, the one line, the --json error document). Commands that make more than
 * one kind of call go through a front that picks each operation's example.
 */
import { existsSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { TaskInfo } from "@alist-toolkit/client";
import { afterAll, beforeAll, describe, it } from "vitest";
import { makeSandbox, mockArgs, runCli, type Sandbox } from "./support/cli.js";
import { expectRefusal, json, reLogin } from "./support/refusal.js";
import { type ExampleChooser, routedMock } from "./support/routed-mock.js";
import { answerExamples } from "./support/spec.js";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await makeSandbox();
});
afterAll(() => sandbox.remove());

/** Runs the CLI against a front of the mock that picks each operation's example. */
async function viaRouter(choose: ExampleChooser, args: string[]) {
  const front = await routedMock(choose);
  try {
    const result = await runCli(sandbox, ["--server", front.url, "--token", "mock-token", ...args]);
    return { ...result, requests: front.requests };
  } finally {
    await front.close();
  }
}

const byOperation =
  (examples: Record<string, string>): ExampleChooser =>
  (route) =>
    examples[route];

const GET = "POST /api/fs/get";
const MKDIR = "POST /api/fs/mkdir";

describe("alist mkdir (fs/get, then fsMkdir)", () => {
  const mkdirExamples = answerExamples("fsMkdir");
  const getExamples = answerExamples("fsGet");
  const notFound = (message: string) => /not found/.test(message);

  it.concurrent.for(mkdirExamples.successes)(
    "example %s: a missing folder is created; -p creates each missing parent",
    async ([name], { expect }) => {
      const missing = byOperation({ [GET]: "objectNotFound", [MKDIR]: name });
      const one = await viaRouter(missing, ["mkdir", "/local/New folder"]);
      expect(one.code).toBe(0);
      expect(one.stdout).toBe("");
      expect(one.stderr).toBe("created /local/New folder\n");
      expect(one.requests).toEqual([
        { route: GET, body: { path: "/local/New folder" } },
        { route: MKDIR, body: { path: "/local/New folder" } },
      ]);
      const chain = await viaRouter(missing, ["--json", "mkdir", "-p", "/local/a/b/"]);
      expect(chain.code).toBe(0);
      expect(json(chain)).toEqual({ created: ["/local", "/local/a", "/local/a/b"] });
      // Below the first missing folder nothing is asked again.
      expect(chain.requests.map((request) => request.route)).toEqual([GET, MKDIR, MKDIR, MKDIR]);
    },
  );

  it("an existing folder: an error without -p (exit 1), nothing to do with -p", async ({ expect }) => {
    const exists = byOperation({ [GET]: "folder" });
    const plain = await viaRouter(exists, ["--json", "mkdir", "/local/Movies"]);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe("alist: mkdir /local/Movies: /local/Movies already exists (with -p that is fine)\n");
    expect(json(plain)).toEqual({ error: { kind: "remote", message: plain.stderr.slice(7, -1) } });
    const parents = await viaRouter(exists, ["mkdir", "-p", "/local/Movies"]);
    expect(parents.code).toBe(0);
    expect(parents.stderr).toBe("nothing to create: every folder exists\n");
    expect(parents.requests.map((request) => request.route)).toEqual([GET, GET]);
  });

  it("a file in the way (exit 1)", async ({ expect }) => {
    const result = await viaRouter(byOperation({ [GET]: "success" }), ["mkdir", "-p", "/local/report.pdf/x"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("alist: mkdir /local/report.pdf/x: /local exists and is a file\n");
    expect(result.requests.map((request) => request.route)).toEqual([GET]);
  });

  it.concurrent.for(mkdirExamples.errors)(
    "fsMkdir example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await viaRouter(byOperation({ [GET]: "objectNotFound", [MKDIR]: name }), [
        "--json",
        "mkdir",
        "/local/New",
      ]);
      expectRefusal(expect, result, "mkdir /local/New", example.value, reLogin(example.value.code));
    },
  );

  it.concurrent.for(getExamples.errors.filter(([, example]) => !notFound(example.value.message)))(
    "fsGet example %s: exit code, one line and the JSON error; nothing created",
    async ([name, example], { expect }) => {
      const result = await viaRouter(byOperation({ [GET]: name }), ["--json", "mkdir", "-p", "/local/New"]);
      expectRefusal(expect, result, "mkdir /local/New", example.value, reLogin(example.value.code));
      expect(result.requests.some((request) => request.route === MKDIR)).toBe(false);
    },
  );

  it.concurrent.for(getExamples.errors.filter(([, example]) => notFound(example.value.message)))(
    "fsGet example %s means the folder is missing: it is created",
    async ([name], { expect }) => {
      const result = await viaRouter(byOperation({ [GET]: name }), ["--json", "mkdir", "/local/New"]);
      expect(result.code).toBe(0);
      expect(json(result)).toEqual({ created: ["/local/New"] });
    },
  );
});

describe("alist rm (fsRemove, one call per folder)", () => {
  const { successes, errors } = answerExamples("fsRemove");

  it.concurrent.for(successes)("example %s: removes, grouped by folder", async ([name], { expect }) => {
    const paths = ["/local/a.txt", "/local/b dir/", "/other/c.txt", "/local/a.txt"];
    const result = await viaRouter(() => name, ["rm", ...paths]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("removed /local/a.txt\nremoved /local/b dir\nremoved /other/c.txt\n");
    expect(result.requests).toEqual([
      { route: "POST /api/fs/remove", body: { dir: "/local", names: ["a.txt", "b dir"] } },
      { route: "POST /api/fs/remove", body: { dir: "/other", names: ["c.txt"] } },
    ]);
    const asJson = await runCli(sandbox, [...mockArgs(name), "--json", "rm", "/local/a.txt"]);
    expect(asJson.code).toBe(0);
    expect(json(asJson)).toEqual({ removed: ["/local/a.txt"] });
  });

  it("the root folder is refused before anything is sent (exit 2)", async ({ expect }) => {
    const result = await runCli(sandbox, [...mockArgs("success"), "rm", "/local/a", "/"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("alist: rm /local/a /: cannot remove the root folder /\n");
  });

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [...mockArgs(name), "--json", "rm", "/local/a.txt"]);
      expectRefusal(expect, result, "rm /local/a.txt", example.value, reLogin(example.value.code));
    },
  );
});

describe.each([
  { command: "mv", operationId: "fsMove", route: "POST /api/fs/move", done: "moved", type: "move" },
  { command: "cp", operationId: "fsCopy", route: "POST /api/fs/copy", done: "copied", type: "copy" },
])("alist $command ($operationId, one call per source folder)", ({ command, operationId, route, done, type }) => {
  const { successes, errors } = answerExamples(operationId);

  it.concurrent.for(successes)(
    "example %s: the summary, the tasks the server started, and JSON",
    async ([name, example], { expect }) => {
      const tasks = ((example.value.data as { tasks?: TaskInfo[] } | null)?.tasks ?? []).map((task) => ({
        ...task,
        type,
      }));
      const args = [command, "/local/a.mkv", "/local/b.mkv", "/Downloads/c.mp4", "/115/Movies/"];
      const human = await viaRouter(() => name, args);
      expect(human.code).toBe(0);
      expect(human.requests).toEqual([
        { route, body: { src_dir: "/local", dst_dir: "/115/Movies", names: ["a.mkv", "b.mkv"] } },
        { route, body: { src_dir: "/Downloads", dst_dir: "/115/Movies", names: ["c.mp4"] } },
      ]);
      // The mock answers both calls with the example, so its tasks come twice.
      const started = tasks.length * 2;
      const suffix = started ? `; the server started ${started} ${started === 1 ? "task" : "tasks"}` : "";
      expect(human.stderr).toBe(`${done} 3 entries to /115/Movies${suffix}\n`);
      if (started === 0) expect(human.stdout).toBe("");
      else {
        const rows = human.stdout.trimEnd().split("\n");
        expect(rows[0]).toMatch(/^ID\s+TYPE\s+STATE\s+PROGRESS\s+NAME$/);
        expect(rows.slice(1)).toHaveLength(started);
        for (const row of rows.slice(1))
          expect(row).toMatch(new RegExp(`^${tasks[0]?.id}\\s+${type}\\s+pending\\s+0%  `));
      }
      const asJson = await runCli(sandbox, [...mockArgs(name), "--json", command, "/local/a.mkv", "/115"]);
      expect(asJson.code).toBe(0);
      expect(json(asJson)).toEqual({ sources: ["/local/a.mkv"], destination: "/115", tasks });
    },
  );

  it("--overwrite is sent", async ({ expect }) => {
    const result = await viaRouter(() => undefined, [command, "--overwrite", "/local/a.mkv", "/115"]);
    expect(result.code).toBe(0);
    expect(result.requests[0]?.body).toMatchObject({ overwrite: true });
  });

  it("one path is not enough (exit 2)", async ({ expect }) => {
    const result = await runCli(sandbox, [...mockArgs(), command, "/local/a.mkv"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("alist: missing required argument 'dst-dir'\n");
  });

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error",
    async ([name, example], { expect }) => {
      const result = await runCli(sandbox, [...mockArgs(name), "--json", command, "/local/a.mkv", "/115"]);
      expectRefusal(expect, result, `${command} /local/a.mkv /115`, example.value, reLogin(example.value.code));
    },
  );
});

describe("alist get (fsGet errors; the download itself is tested against a local server)", () => {
  const { errors } = answerExamples("fsGet");

  it.concurrent.for(errors)(
    "example %s: exit code, one line and the JSON error; no file written",
    async ([name, example], { expect }) => {
      const own = await makeSandbox();
      try {
        const result = await runCli(own, [...mockArgs(name), "--json", "get", "/local/report.pdf"]);
        expectRefusal(expect, result, "get /local/report.pdf", example.value, reLogin(example.value.code));
        expect(await readdir(own.dir)).toEqual([]);
      } finally {
        await own.remove();
      }
    },
  );

  it("a folder is refused (exit 2) and nothing is written", async ({ expect }) => {
    const result = await runCli(sandbox, [...mockArgs("folder"), "get", "/local/Movies"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("alist: get /local/Movies: /local/Movies is a folder, not a file\n");
    expect(existsSync(join(sandbox.dir, "Movies"))).toBe(false);
  });
});
