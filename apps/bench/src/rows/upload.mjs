/**
 * Rows 1, 2 and 7: `alist put` of a sparse 1 GiB file to a local byte sink against `curl -T` of
 * the same file to the same sink (throughput), the CLI's peak RSS for 1 GiB and 4 GiB, and
 * alist-sdk's `upload_file_put` (Python) of the same file to the same sink, interleaved with the
 * other two. Sparse files keep the disk out of the measurement.
 */
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { measure, startFixture } from "../processes.mjs";
import { pythonPeer, UPLOAD_SCRIPT } from "../python-peer.mjs";
import { repeat, spread, summarize } from "../stats.mjs";

const GiB = 1024 ** 3;

async function sparseFile(dir, name, bytes) {
  const path = join(dir, name);
  await writeFile(path, "");
  await truncate(path, bytes);
  return path;
}

export async function uploadRows({ cli, runs, warmup, bigGiB }) {
  const dir = await mkdtemp(join(tmpdir(), "alist-bench-"));
  const sink = await startFixture("sink");
  try {
    const oneGiB = await sparseFile(dir, "one.bin", GiB);
    const env = { ALIST_TOKEN: "bench-token", NO_COLOR: "1" };
    const alist = (file) => measure(process.execPath, [cli, "--server", sink.url, "put", file, "/bench/file.bin"], env);
    const curl = (file) =>
      measure("curl", [
        "-sS",
        "-f",
        "-o",
        "/dev/null",
        "-T",
        file,
        "-H",
        "File-Path: %2Fbench%2Ffile.bin",
        `${sink.url}/api/fs/put`,
      ]);

    const peer = await pythonPeer();
    const python = (file) => measure(peer.python, ["-c", UPLOAD_SCRIPT, sink.url, file]);

    // Interleaved so drift on a shared machine hits every side alike.
    const alistRuns = [];
    const curlRuns = [];
    const pythonRuns = [];
    await repeat(runs, warmup, async () => {
      alistRuns.push(await alist(oneGiB));
      curlRuns.push(await curl(oneGiB));
      if (peer.python) pythonRuns.push(await python(oneGiB));
    });
    const mibps = (r) => GiB / 1024 ** 2 / (r.ms / 1000);
    const alistSpeed = summarize(alistRuns.slice(warmup).map(mibps));
    const curlSpeed = summarize(curlRuns.slice(warmup).map(mibps));
    const ratios = summarize(alistRuns.slice(warmup).map((r, i) => curlRuns[warmup + i].ms / r.ms));
    const rss1 = summarize(alistRuns.slice(warmup).map((r) => r.peakMb));

    const big = await sparseFile(dir, "big.bin", bigGiB * GiB);
    const bigRuns = await repeat(runs, 0, () => alist(big));
    const rssBig = summarize(bigRuns.map((r) => r.peakMb));
    const growth = rssBig.median / rss1.median - 1;

    const peerRow = peer.python
      ? (() => {
          const speed = summarize(pythonRuns.slice(warmup).map(mibps));
          const rss = summarize(pythonRuns.slice(warmup).map((r) => r.peakMb));
          const faster = summarize(alistRuns.slice(warmup).map((r, i) => pythonRuns[warmup + i].ms / r.ms));
          return {
            row: 7,
            measure: "1 GiB to the same sink: MiB/s; peak RSS, MB",
            ours: `alist put: ${spread(alistSpeed, 0)} MiB/s; ${spread(rss1, 0)} MB`,
            baseline: `alist-sdk ${peer.version} upload_file_put: ${spread(speed, 0)} MiB/s; ${spread(rss, 0)} MB`,
            ratio: `${spread(faster, 2)}x its throughput`,
            goal: ">= 2x its throughput, RSS below its",
            met: faster.median >= 2 && rss1.median < rss.median,
          };
        })()
      : {
          row: 7,
          measure: "alist-sdk (Python) upload_file_put of 1 GiB",
          ours: "-",
          baseline: "-",
          ratio: "-",
          goal: ">= 2x",
          met: `skipped: ${peer.skipped}`,
        };

    if (!peer.python) console.error(`bench: row 7 ${peerRow.met}`);
    return [
      {
        row: 1,
        measure: "`alist put` 1 GiB to a local sink, MiB/s",
        ours: spread(alistSpeed, 0),
        baseline: `curl -T: ${spread(curlSpeed, 0)}`,
        ratio: `${spread(ratios, 2)}x`,
        goal: ">= 0.9x curl",
        met: ratios.median >= 0.9,
      },
      {
        row: 2,
        measure: `peak RSS of \`alist put\`, MB: 1 GiB / ${bigGiB} GiB`,
        ours: `${spread(rss1, 0)} / ${spread(rssBig, 0)}`,
        baseline: `file size ${1024} / ${bigGiB * 1024} MiB`,
        ratio: `${bigGiB} GiB vs 1 GiB: ${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%`,
        goal: `<= 100 MB; ${bigGiB} GiB within 10% of 1 GiB`,
        met: rss1.max <= 100 && rssBig.max <= 100 && Math.abs(growth) <= 0.1,
      },
      peerRow,
    ];
  } finally {
    await sink.stop();
    await rm(dir, { recursive: true, force: true });
  }
}
