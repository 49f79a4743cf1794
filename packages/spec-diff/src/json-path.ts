// Walking a bundled OpenAPI document by a path of keys, following local `$ref`s as a reader would.

export type JsonPath = ReadonlyArray<string | number>;

export function toPointer(path: JsonPath): string {
  return `#/${path.map((key) => String(key).replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

/** Follows a chain of local `$ref`s (`#/components/...`); stops at anything else. */
export function deref(doc: unknown, node: unknown): unknown {
  const seen = new Set<string>();
  let current = node;
  while (isObject(current) && typeof current.$ref === "string" && current.$ref.startsWith("#/")) {
    const ref = current.$ref;
    if (seen.has(ref)) return undefined;
    seen.add(ref);
    let target: unknown = doc;
    for (const raw of ref.slice(2).split("/")) {
      const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
      target = isObject(target) ? target[key] : undefined;
    }
    current = target;
  }
  return current;
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
