/**
 * The bundled spec the stateful mock routes and validates with: the client's generated
 * snapshot, imported at build time so the built mock carries it and never looks it up on disk.
 */
import bundled from "../../../client/src/generated/openapi.json";
import type { operations as SpecOperations } from "../../../client/src/generated/schema.js";
import { answerExamples as namedExamples, type OpenApiDocument, operations } from "../../../client/src/spec-walk.js";

export type OperationId = keyof SpecOperations;
export type Operations = SpecOperations;

/** The spec as a plain JSON document (a fresh copy: the router annotates what it is given). */
export function loadSpec(): Record<string, unknown> {
  return structuredClone(bundled) as unknown as Record<string, unknown>;
}

/**
 * The named examples of an operation's HTTP 200 answer (JSON, else plain text), for
 * `Prefer: example=NAME`, with shared examples' `$ref`s followed.
 */
export function answerExamples(spec: Record<string, unknown>, operationId: string): Record<string, unknown> {
  const doc = spec as unknown as OpenApiDocument;
  if (!operations(doc).some(({ operation }) => operation.operationId === operationId)) return {};
  const json = namedExamples(doc, operationId, "application/json");
  const examples = json.length > 0 ? json : namedExamples(doc, operationId, "text/plain");
  return Object.fromEntries(examples.map(([name, example]) => [name, example.value]));
}
