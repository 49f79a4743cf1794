/**
 * The named examples of a bundled spec: the names `Prefer: example=NAME` selects on the
 * mock, so every package's tests walk the spec's answers instead of repeating them. The walking
 * itself is the client's spec walker (imported from its source: the client's own tests use
 * testkit, so testkit cannot depend on the client package).
 */
import {
  deref as derefIn,
  answerExamples as namedExamples,
  type OpenApiDocument,
  operation as operationIn,
  operations as operationsIn,
  type SpecOperation,
} from "../../client/src/spec-walk.js";

export type { SpecOperation };

export interface AnswerExample {
  value: { code: number; message: string; data: unknown };
}

/** A bundled OpenAPI document: one file, local `$ref`s only. */
export type BundledSpec = OpenApiDocument;

/** Follows local `$ref`s (`#/components/...`) until it reaches a value. */
export function deref<T>(spec: BundledSpec, value: T | { $ref: string }): T {
  return derefIn<T>(spec, value);
}

/** Every operation of the spec with its path and method. */
export const operations = (spec: BundledSpec) => operationsIn(spec);

export const operation = (spec: BundledSpec, operationId: string) => operationIn(spec, operationId);

/** The named examples of an operation's HTTP 200 answer in one media type. */
export function mediaExamples(
  spec: BundledSpec,
  operationId: string,
  mediaType: string,
): Array<[string, { value: unknown }]> {
  return namedExamples(spec, operationId, mediaType);
}

/** The named JSON answer examples of an operation, split by the envelope's `code`. */
export function answerExamples(spec: BundledSpec, operationId: string) {
  const examples = mediaExamples(spec, operationId, "application/json") as Array<[string, AnswerExample]>;
  if (examples.length === 0) throw new Error(`operation ${operationId} has no answer examples`);
  return {
    successes: examples.filter(([, example]) => example.value.code === 200),
    errors: examples.filter(([, example]) => example.value.code !== 200),
  };
}
