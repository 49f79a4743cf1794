// Walking a bundled OpenAPI document by a path of keys, following local `$ref`s as a reader would.
// The pointers and `$ref`s are the client's spec walker's, so the gate reads a spec as the tools do.
import { deref as derefOrThrow, pointerOf } from "@alist-toolkit/client/spec-walk";

export type JsonPath = ReadonlyArray<string | number>;

export function toPointer(path: JsonPath): string {
  return pointerOf(path.map(String));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Follows a chain of local `$ref`s (`#/components/...`); undefined for a cycle (a spec under review may have one). */
export function deref(doc: unknown, node: unknown): unknown {
  try {
    return derefOrThrow(doc, node);
  } catch {
    return undefined;
  }
}

/** The node at `path` in `doc`, resolving `$ref`s on the way; undefined when it is not there. */
export function at(doc: unknown, path: JsonPath): unknown {
  let node = deref(doc, doc);
  for (const key of path) {
    if (!isObject(node)) return undefined;
    node = deref(doc, (node as Record<string | number, unknown>)[key]);
  }
  return node;
}

export function asObject(value: unknown): Record<string, unknown> | undefined {
  return isObject(value) && !Array.isArray(value) ? value : undefined;
}
