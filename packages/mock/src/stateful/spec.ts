/**
 * The bundled spec the stateful mock routes and validates with: the client's generated
 * snapshot, imported at build time so the built mock carries it and never looks it up on disk.
 */
import bundled from "../../../client/src/generated/openapi.json";
import type { operations } from "../../../client/src/generated/schema.js";

export type OperationId = keyof operations;
export type Operations = operations;

/** The spec as a plain JSON document (a fresh copy: the router annotates what it is given). */
export function loadSpec(): Record<string, unknown> {
  return structuredClone(bundled) as unknown as Record<string, unknown>;
}

/** The named examples of an operation's HTTP 200 JSON answer, for `Prefer: example=NAME`. */
export function answerExamples(spec: Record<string, unknown>, operationId: string): Record<string, unknown> {
  const paths = spec.paths as Record<string, Record<string, { operationId?: string; responses?: unknown }>>;
  const responses = spec.components as { responses?: Record<string, unknown> };
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item)) {
      if (operation?.operationId !== operationId) continue;
      let answer = (operation.responses as Record<string, unknown>)?.["200"] as Record<string, unknown> | undefined;
      const ref = answer?.$ref;
      if (typeof ref === "string") answer = responses.responses?.[ref.split("/").pop() as string] as typeof answer;
      const content = answer?.content as Record<string, { examples?: Record<string, { value: unknown }> }> | undefined;
      const examples = content?.["application/json"]?.examples ?? content?.["text/plain"]?.examples ?? {};
      return Object.fromEntries(Object.entries(examples).map(([name, example]) => [name, example.value]));
    }
  }
  return {};
}
