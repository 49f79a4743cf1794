/**
 * Row 5: `alist put -r` of 1,000 files of 4 KiB (in 10 folders) to a fixture that acts like
 * AList for fs/list, fs/mkdir and fs/put and answers each request after 5 ms, as a real server
 * and network would; `--jobs 4` against `--jobs 1`, run alternately in the same run.
 */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure, startFixture } from "../processes.mjs";
import { repeat, spread, summarize } from "../stats.mjs";

const FILES = 1000;
const FOLDERS = 10;
const FILE_BYTES = 4 * 1024;
const LATENCY_MS = 5;

async function makeTree(dir) {
  const root = join(dir, "tree");
  for (let folder = 0; folder < FOLDERS; folder++) {
    await mkdir(join(root, `folder-${folder}`), { recursive: true });
    for (let file = 0; file < FILES / FOLDERS; file++) {
      const bytes = Buffer.alloc(FILE_BYTES, (folder * 31 + file) % 251);
      await writeFile(join(root, `folder-${folder}`, `file-${file}.bin`), bytes);
    }
  }
  return root;
}

export async function recursiveRows({ cli, runs, warmup }) {
  const dir = await mkdtemp(join(tmpdir(), "alist-bench-tree-"));
  const server = await startFixture("alist", LATENCY_MS);
  try {
    const tree = await makeTree(dir);
    const env = { ALIST_TOKEN: "bench-token", NO_COLOR: "1" };
    const put = async (jobs) => {
      const run = await measure(
        process.execPath,
        [cli, "--server", server.url, "put", "-r", "--jobs", String(jobs), tree, "/bench/tree"],
        env,
      );
      // Every run must really have sent every file, whole.
      const stats = await (await fetch(`${server.url}/bench/stats`)).json();
      if (stats.puts !== FILES || stats.bytes !== FILES * FILE_BYTES || stats.badLengths !== 0) {
        throw new Error(`row 5: the fixture got ${JSON.stringify(stats)} for ${FILES} files of ${FILE_BYTES} bytes`);
      }
      return run.ms / 1000;
    };

    // Alternated so drift on a shared machine hits both sides alike.
    const four = [];
    const one = [];
    await repeat(runs, warmup, async () => {
      four.push(await put(4));
      one.push(await put(1));
    });
    const measured = (list) => list.slice(warmup);
    const ratios = summarize(measured(one).map((seconds, i) => seconds / measured(four)[i]));
    return [
      {
        row: 5,
        measure: `\`alist put -r\` of 1,000 files of 4 KiB in 10 folders, fixture answering after ${LATENCY_MS} ms, s`,
        ours: `--jobs 4: ${spread(summarize(measured(four)), 2)}`,
        baseline: `--jobs 1: ${spread(summarize(measured(one)), 2)}`,
        ratio: `${spread(ratios, 2)}x`,
        goal: ">= 3x faster",
        met: ratios.median >= 3,
      },
    ];
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
