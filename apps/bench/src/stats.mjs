/** Median, min and max of repeated measurements, after warm-up runs that are thrown away. */

export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** Runs `once` `warmup` times unmeasured, then `runs` times; `once` returns one figure. */
export async function repeat(runs, warmup, once) {
  for (let i = 0; i < warmup; i++) await once();
  const samples = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return samples;
}

export const fmt = (value, digits = 1) => (Number.isFinite(value) ? value.toFixed(digits) : String(value));

/** "median (min-max)" */
export const spread = (s, digits = 1, unit = "") =>
  `${fmt(s.median, digits)}${unit} (${fmt(s.min, digits)}-${fmt(s.max, digits)})`;
