// AList's envelope: every /api answer is HTTP 200 and the real status is the body's `code`, so
// the spec documents an operation's outcomes as named examples of its 200 response. An operation
// gaining or losing a code, or a named error example, changes what its callers must handle
// although no HTTP status moved.
import { type Change, change } from "./change.js";
import { asObject, at, deref, toPointer } from "./json-path.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Named examples of the operation's 200 answer (every media type), with their `code`. */
function examplesOf(doc: unknown, path: string, method: string): Map<string, number | undefined> {
  const found = new Map<string, number | undefined>();
  const content = asObject(at(doc, ["paths", path, method, "responses", "200", "content"])) ?? {};
  for (const media of Object.values(content)) {
    const examples = asObject(asObject(deref(doc, media))?.examples) ?? {};
    for (const [name, raw] of Object.entries(examples)) {
      const code = asObject(asObject(deref(doc, raw))?.value)?.code;
      found.set(name, typeof code === "number" ? code : undefined);
    }
  }
  return found;
}

function codesOf(examples: Map<string, number | undefined>): Set<number> {
  return new Set([...examples.values()].filter((c): c is number => c !== undefined));
}

export function alistChanges(before: unknown, after: unknown): Change[] {
  const out: Change[] = [];
  const paths = asObject(at(after, ["paths"])) ?? {};
  for (const path of Object.keys(paths)) {
    for (const method of METHODS) {
      // Operations added or removed as a whole are reported as such, not example by example.
      if (at(before, ["paths", path, method]) === undefined || at(after, ["paths", path, method]) === undefined)
        continue;
      const op = `${method.toUpperCase()} ${path}`;
      const examplesPointer = toPointer(["paths", path, method, "responses", "200", "content"]);
      const old = examplesOf(before, path, method);
      const now = examplesOf(after, path, method);
      const [oldCodes, newCodes] = [codesOf(old), codesOf(now)];
      for (const code of [...newCodes].filter((c) => !oldCodes.has(c)))
        out.push(change("alist-code-added", `${op} response 200: code ${code}`, examplesPointer));
      for (const code of [...oldCodes].filter((c) => !newCodes.has(c)))
        out.push(change("alist-code-removed", `${op} response 200: code ${code}`, examplesPointer));
      const isError = (code: number | undefined) => code !== undefined && code !== 200;
      for (const [name, code] of now)
        if (isError(code) && !isError(old.get(name)))
          out.push(
            change("alist-error-example-added", `${op} response 200: example ${name}`, examplesPointer, `code ${code}`),
          );
      for (const [name, code] of old)
        if (isError(code) && !isError(now.get(name)))
          out.push(
            change(
              "alist-error-example-removed",
              `${op} response 200: example ${name}`,
              examplesPointer,
              `code ${code}`,
            ),
          );
    }
  }
  return out;
}
