/**
 * The named examples of a bundled spec: the names `Prefer: example=NAME` selects on the
 * mock, so every package's tests walk the spec's answers instead of repeating them.
 */

export interface AnswerExample {
  value: { code: number; message: string; data: unknown };
}

export interface SpecOperation {
  operationId: string;
  security?: unknown[];
  responses: Record<string, unknown>;
  requestBody?: unknown;
}

/** A bundled OpenAPI document: one file, local `$ref`s only. */
export interface BundledSpec {
  paths: Record<string, Record<string, unknown>>;
}

type Media = Record<string, { examples?: Record<string, { value: unknown } | { $ref: string }> }>;

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);

/** Follows local `$ref`s (`#/components/...`) until it reaches a value. */
export function deref<T>(spec: BundledSpec, value: T | { $ref: string }): T {
  if (typeof value !== "object" || value === null || !("$ref" in value)) return value as T;
  const target = value.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
      spec,
    );
  return deref(spec, target as T | { $ref: string });
}

/** Every operation of the spec with its path and method. */
export function operations(spec: BundledSpec): Array<{ path: string; method: string; operation: SpecOperation }> {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ path, method, operation: operation as SpecOperation })),
  );
}

export function operation(spec: BundledSpec, operationId: string) {
  const found = operations(spec).find((entry) => entry.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in the spec`);
  return found;
}

/** The named examples of an operation's HTTP 200 answer in one media type. */
export function mediaExamples(
  spec: BundledSpec,
  operationId: string,
  mediaType: string,
): Array<[string, { value: unknown }]> {
  const answer = deref(spec, (operation(spec, operationId).operation.responses["200"] ?? {}) as { content?: Media });
  return Object.entries(answer.content?.[mediaType]?.examples ?? {}).map(([name, example]) => [
    name,
    deref(spec, example),
  ]);
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
