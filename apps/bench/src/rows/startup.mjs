/** Row 3: cold start of `alist --version` against `node -e 0`, in the same run. */
import { measure } from "../processes.mjs";
import { repeat, spread, summarize } from "../stats.mjs";

export async function startupRows({ cli, runs, warmup }) {
  const node = [];
  const alist = [];
  await repeat(Math.max(runs, 10), warmup, async () => {
    node.push((await measure(process.execPath, ["-e", "0"])).ms);
    alist.push((await measure(process.execPath, [cli, "--version"])).ms);
  });
  const keep = (list) => summarize(list.slice(warmup));
  const ratios = summarize(alist.slice(warmup).map((ms, i) => ms / node[warmup + i]));
  return [
    {
      row: 3,
      measure: "`alist --version` cold start, ms",
      ours: spread(keep(alist), 0),
      baseline: `node -e 0: ${spread(keep(node), 0)}`,
      ratio: `${spread(ratios, 2)}x`,
      goal: "<= 2x",
      met: ratios.median <= 2,
    },
  ];
}
