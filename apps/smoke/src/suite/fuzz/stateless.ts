/** Property: every read operation, sent a request generated from its schema, answers per the spec. */
import fc from "fast-check";
import type { Finding } from "../findings.js";
import type { FlowContext } from "../flows/context.js";
import { bodyFromSchema } from "./arbitraries.js";

/** Reads only: fuzzed writes could act outside the sandbox on a server that mishandles a path. */
export const FUZZED_READS = ["fsList", "fsGet", "fsDirs", "fsSearch"];

/** `last` holds the findings of the latest failing request: after shrinking, the counterexample's. */
export function statelessProperty(ctx: FlowContext, base: string, last: { failures: Finding[] }) {
  const { model, contract } = ctx.session.config;
  // Only requests the spec allows: its constraints beyond types (e.g. fs/list's page 2 and later
  // need a per_page) are the spec's word on what servers cope with.
  const requests = fc
    .oneof(
      ...FUZZED_READS.map((op) =>
        bodyFromSchema(model, model.get(op).requestSchema, base).map((body) => ({ op, body })),
      ),
    )
    .filter(({ op, body }) => contract.checkRequest(op, body).length === 0);
  return fc.asyncProperty(requests, async ({ op, body }) => {
    const { failures } = await ctx.session.call(op, { label: "fuzz", intent: "answer", body, quiet: true });
    if (failures.length > 0) last.failures = failures;
    return failures.length === 0;
  });
}
