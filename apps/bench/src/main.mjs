/**
 * `pnpm bench`: prints every benchmark row as a Markdown table (paste it into BENCHMARKS.md).
 * Options: --runs N (default 5), --warmup N (default 1), --big-gib N (default 4),
 * --only 1,2,3,4,5,6,6t,7 (1b runs with 3; 7 with 1), --seconds N (row 6's load, default 20),
 * --suite-runs N (row 6t, `pnpm test` from a fresh clone: a few minutes a run; default 1).
 */
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { mockThroughputRows } from "./rows/mock-throughput.mjs";
import { overheadRows } from "./rows/overhead.mjs";
import { recursiveRows } from "./rows/recursive.mjs";
import { startupRows } from "./rows/startup.mjs";
import { testSuiteRows } from "./rows/test-suite.mjs";
import { uploadRows } from "./rows/upload.mjs";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    warmup: { type: "string", default: "1" },
    "big-gib": { type: "string", default: "4" },
    only: { type: "string", default: "1,2,3,4,5,6,6t,7" },
    "suite-runs": { type: "string", default: "1" },
    seconds: { type: "string", default: "20" },
  },
});
const options = {
  runs: Number(values.runs),
  warmup: Number(values.warmup),
  bigGiB: Number(values["big-gib"]),
  seconds: Number(values.seconds),
  suiteRuns: Number(values["suite-runs"]),
  cli: fileURLToPath(new URL("../../cli/dist/alist.js", import.meta.url)),
};
const only = new Set(values.only.split(",").map((id) => id.trim()));
const wantedCli = () => ["1", "2", "3", "5", "7"].some((id) => only.has(id));
if (wantedCli() && !existsSync(options.cli)) {
  console.error(`bench: the CLI is not built (${options.cli}); run pnpm build`);
  process.exit(2);
}

console.log(`Machine: ${cpus().length} cores (${cpus()[0]?.model ?? "unknown"}), Node ${process.version}`);
console.log(`Runs: ${options.runs} measured after ${options.warmup} warm-up; figures are median (min-max).\n`);

const rows = [];
const wanted = (...ids) => ids.some((id) => only.has(String(id)));
if (wanted(1, 2, 7)) rows.push(...(await uploadRows(options)));
if (wanted(3)) rows.push(...(await startupRows(options)));
if (wanted(4)) rows.push(...(await overheadRows(options)));
if (wanted(5)) rows.push(...(await recursiveRows(options)));
if (wanted(6)) {
  const mockCli = fileURLToPath(new URL("../../../packages/mock/dist/cli.js", import.meta.url));
  if (!existsSync(mockCli)) {
    console.error(`bench: the mock is not built (${mockCli}); run pnpm build`);
    process.exit(2);
  }
  rows.push(...(await mockThroughputRows(options)));
}
if (wanted("6t")) rows.push(...(await testSuiteRows(options)));

console.log("| # | Measure | Ours | Baseline (same run) | Ratio | Goal | Met |");
console.log("|---|---|---|---|---|---|---|");
for (const r of rows) {
  const met = typeof r.met === "boolean" ? (r.met ? "yes" : "**no**") : r.met;
  console.log(`| ${r.row} | ${r.measure} | ${r.ours} | ${r.baseline} | ${r.ratio} | ${r.goal} | ${met} |`);
}
