/**
 * `--fuzz N --seed S`: N generated read requests and, on a target that stores, N stateful
 * sequences. A failure is shrunk by fast-check, then replayed once with its findings reported,
 * naming the seed that reproduces it.
 */
import fc from "fast-check";
import type { Finding } from "../findings.js";
import type { FlowContext } from "../flows/context.js";
import { statefulProperty } from "./stateful.js";
import { statelessProperty } from "./stateless.js";

export interface FuzzSummary {
  runs: number;
  seed: number;
  failed: boolean;
  counterexample?: string;
}

export async function runFuzz(ctx: FlowContext, options: { runs: number; seed: number }): Promise<FuzzSummary> {
  const { session, sandbox } = ctx;
  const base = sandbox.at("fuzz");
  await session.call("fsMkdir", { label: "fuzz: its folder", intent: "positive", body: { path: base } });
  const reproduce = `reproduce with --fuzz ${options.runs} --seed ${options.seed}`;
  const last: { failures: Finding[] } = { failures: [] };
  const reads = await fc.check(statelessProperty(ctx, base, last), { numRuns: options.runs, seed: options.seed });
  if (reads.failed) {
    const note = `fuzz: ${reproduce}; shrunk counterexample: ${fc.stringify(reads.counterexample)}`;
    for (const finding of last.failures)
      session.results.evaluated(finding.operation, finding.check, { ...finding, note });
  }
  if (!ctx.stores) {
    session.skip("fsMkdir", ["use-after-free", "resource-availability"], ctx.statelessReason);
    return summary(options, reads.failed ? fc.stringify(reads.counterexample) : undefined);
  }
  const quiet = { value: true };
  const sequences = await fc.check(statefulProperty(ctx, base, quiet), { numRuns: options.runs, seed: options.seed });
  if (!sequences.failed) return summary(options, reads.failed ? fc.stringify(reads.counterexample) : undefined);
  const shrunk = fc.stringify(sequences.counterexample);
  // Replayed once, loudly: the shrunk sequence's findings are the ones reported.
  quiet.value = false;
  const before = session.results.all([]).reduce((n, cell) => n + cell.findings.length, 0);
  try {
    await fc.assert(statefulProperty(ctx, base, quiet), {
      numRuns: 1,
      seed: sequences.seed,
      path: sequences.counterexamplePath ?? undefined,
      endOnFailure: true,
    });
  } catch {
    // Expected: the replay fails; its findings are already stored.
  }
  const after = session.results.all([]).reduce((n, cell) => n + cell.findings.length, 0);
  if (after === before) {
    const error =
      sequences.errorInstance instanceof Error ? sequences.errorInstance.message : String(sequences.errorInstance);
    session.results.evaluated("fsPut", "resource-availability", {
      check: "resource-availability",
      operation: "fsPut",
      label: "fuzz sequence",
      path: "sequence",
      expected: "every step as the links say",
      actual: error,
      curl: "(a sequence; replay it with the seed)",
      note: `${reproduce}; shrunk: ${shrunk}`,
    });
  }
  return summary(options, shrunk);
}

function summary(options: { runs: number; seed: number }, counterexample?: string): FuzzSummary {
  return { ...options, failed: counterexample !== undefined, ...(counterexample ? { counterexample } : {}) };
}
