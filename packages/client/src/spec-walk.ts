/**
 * Reading the bundled spec (`@alist-toolkit/client/openapi.json`): JSON pointers, local `$ref`s
 * (responses, schemas, parameters and examples alike), the operations and their named answer
 * examples. The one walker the smoke runner, the mock and the tests share, so a `$ref` the
 * bundler puts anywhere is followed the same way everywhere. Exported as
 * `@alist-toolkit/client/spec-walk`; not part of the client's call API.
 */
import { append, get, type Json } from "@hyperjump/json-pointer";

/** A bundled OpenAPI document: one file whose `$ref`s are all local (`#/components/...`). */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components?: Record<string, unknown>;
  [key: string]: unknown;
}

/** An operation object, with the fields the walkers read. */
export interface SpecOperation {
  operationId: string;
  security?: unknown[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses: Record<string, unknown>;
  [key: string]: unknown;
}

/** An Example object once its `$ref` is followed. */
export interface SpecExample {
  summary?: string;
  description?: string;
  value: unknown;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;

/** More `$ref` hops than any spec needs: beyond it the chain is a cycle. */
const MAX_HOPS = 32;

/** The pointer of `segment` under `pointer` (`/data` + `a/b` = `/data/a~1b`). */
export function childPointer(pointer: string, segment: string): string {
  return append(segment, pointer);
}

/** The URI-fragment pointer (`#/a~1b/c`) of a path of keys. */
export function pointerOf(segments: readonly string[]): string {
  return `#${segments.reduce((pointer, segment) => append(segment, pointer), "")}`;
}

/** The node a pointer (`#/...`, `/...` or `""`) names in `doc`; undefined when it is not there. */
export function at(doc: unknown, pointer: string): unknown {
  try {
    const plain = pointer.startsWith("#") ? decodeURIComponent(pointer.slice(1)) : pointer;
    return get(plain, doc as Json);
  } catch {
    // A malformed pointer, or one that runs through a missing or scalar node: "not there".
    return undefined;
  }
}

function localRef(node: unknown): string | undefined {
  if (typeof node !== "object" || node === null) return undefined;
  const ref = (node as { $ref?: unknown }).$ref;
  return typeof ref === "string" && ref.startsWith("#") ? ref : undefined;
}

/** The pointer of the node at `pointer` after following its local `$ref`s; undefined if absent. */
export function follow(doc: unknown, pointer: string): string | undefined {
  let current = pointer;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const node = at(doc, current);
    if (node === undefined) return undefined;
    const ref = localRef(node);
    if (ref === undefined) return current;
    current = ref;
  }
  throw new Error(`$ref cycle at ${pointer}`);
}

/** `node` itself, or what its chain of local `$ref`s ends at (undefined if that is not there). */
export function deref<T = unknown>(doc: unknown, node: unknown): T {
  let current = node;
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    const ref = localRef(current);
    if (ref === undefined) return current as T;
    current = at(doc, ref);
  }
  throw new Error(`$ref cycle at ${localRef(node)}`);
}

/** Every operation of the spec with its path, method and pointer. */
export function operations(
  doc: OpenApiDocument,
): Array<{ path: string; method: string; pointer: string; operation: SpecOperation }> {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item[method] as SpecOperation | undefined)?.operationId).map((method) => ({
      path,
      method,
      pointer: pointerOf(["paths", path, method]),
      operation: item[method] as SpecOperation,
    })),
  );
}

/** One operation by its operationId; throws when the spec has none. */
export function operation(doc: OpenApiDocument, operationId: string) {
  const found = operations(doc).find((entry) => entry.operation.operationId === operationId);
  if (!found) throw new Error(`no operation ${operationId} in the spec`);
  return found;
}

/**
 * The named examples of an operation's HTTP 200 answer in one media type, each with its `$ref`
 * followed (the bundler turns a shared example into `#/components/examples/NAME`).
 */
export function answerExamples(
  doc: OpenApiDocument,
  operationId: string,
  mediaType = "application/json",
): Array<[string, SpecExample]> {
  const answer = deref<{ content?: Record<string, { examples?: Record<string, unknown> }> } | undefined>(
    doc,
    operation(doc, operationId).operation.responses["200"],
  );
  return Object.entries(answer?.content?.[mediaType]?.examples ?? {}).map(([name, example]) => {
    const resolved = deref<SpecExample | undefined>(doc, example);
    if (resolved === undefined || !("value" in resolved))
      throw new Error(`example ${name} of ${operationId} has no value (${localRef(example) ?? "inline"})`);
    return [name, resolved];
  });
}
