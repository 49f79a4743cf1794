/**
 * Rows 1b and 3: cold start of `alist put` of an empty file to the local byte sink, and of
 * `alist --version`, each against `node -e 0` in the same rounds.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure, startFixture } from "../processes.mjs";
import { repeat, spread, summarize } from "../stats.mjs";

export async function startupRows({ cli, runs, warmup }) {
  const dir = await mkdtemp(join(tmpdir(), "alist-bench-"));
  const empty = join(dir, "empty.bin");
  await writeFile(empty, "");
  const sink = await startFixture("sink");
  const env = { ALIST_TOKEN: "bench-token", NO_COLOR: "1" };
  const node = [];
  const version = [];
  const put = [];
  try {
    await repeat(Math.max(runs, 10), warmup, async () => {
      node.push((await measure(process.execPath, ["-e", "0"])).ms);
      version.push((await measure(process.execPath, [cli, "--version"])).ms);
      put.push(
        (await measure(process.execPath, [cli, "--server", sink.url, "put", empty, "/bench/empty.bin"], env)).ms,
      );
    });
  } finally {
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
  }
  const keep = (list) => summarize(list.slice(warmup));
  const against = (list) => summarize(list.slice(warmup).map((ms, i) => ms / node[warmup + i]));
  const baseline = `node -e 0: ${spread(keep(node), 0)}`;
  const putRatio = against(put);
  const versionRatio = against(version);
  return [
    {
      row: "1b",
      measure: "`alist put` of an empty file to the byte sink, ms",
      ours: spread(keep(put), 0),
      baseline,
      ratio: `${spread(putRatio, 2)}x`,
      goal: "<= 1.3x",
      met: putRatio.median <= 1.3,
    },
    {
      row: 3,
      measure: "`alist --version` cold start, ms",
      ours: spread(keep(version), 0),
      baseline,
      ratio: `${spread(versionRatio, 2)}x`,
      goal: "<= 1.5x",
      met: versionRatio.median <= 1.5,
    },
  ];
}
