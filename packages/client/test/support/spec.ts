/** Reads the bundled spec snapshot, so tests follow the spec rather than repeat it. */
import { readFileSync } from "node:fs";

interface Example {
  value: { code: number; message: string; data: unknown };
}
interface Operation {
  operationId: string;
  security?: unknown[];
  responses: Record<string, { content?: Record<string, { examples?: Record<string, Example> }> }>;
  requestBody?: { content: Record<string, { examples?: Record<string, { value: unknown }> }> };
}

export const spec = JSON.parse(readFileSync(new URL("../../src/generated/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, Operation>>;
};

/** Follows a local `$ref` (`#/components/...`) of the bundled spec. */
function deref<T>(value: T | { $ref: string }): T {
  if (typeof value !== "object" || value === null || !("$ref" in value)) return value as T;
  const target = value.$ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")],
      spec,
    );
  return deref(target as T | { $ref: string });
}

const METHODS = new Set(["get", "put", "post", "delete", "patch", "head", "options"]);

export function operations(): Array<{ path: string; method: string; operation: Operation }> {
  return Object.entries(spec.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.has(method))
      .map(([method, operation]) => ({ path, method, operation })),
  );
}

export function operation(operationId: string) {
  const found = operations().find((entry) => entry.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in the spec`);
  return found;
}

/** The named examples of an operation's HTTP 200 answer in one media type. */
export function mediaExamples(operationId: string, mediaType: string): Array<[string, { value: unknown }]> {
  const answer = deref(operation(operationId).operation.responses["200"] ?? {});
  return Object.entries(answer.content?.[mediaType]?.examples ?? {});
}

/** The named answer examples of an operation, split into the success ones and the errors. */
export function answerExamples(operationId: string) {
  const examples = mediaExamples(operationId, "application/json") as Array<[string, Example]>;
  if (examples.length === 0) throw new Error(`operation ${operationId} has no answer examples`);
  return {
    successes: examples.filter(([, example]) => example.value.code === 200),
    errors: examples.filter(([, example]) => example.value.code !== 200),
  };
}
