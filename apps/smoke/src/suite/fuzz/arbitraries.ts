/**
 * Generators for fuzzed requests: file names with Unicode, combining marks, spaces and
 * `+ % # ?`, long names, deep paths, and page numbers from empty to huge.
 */
import fc from "fast-check";
import type { SchemaNode, SpecModel } from "../spec-model.js";

const TRICKY = [
  " ",
  "+",
  "%",
  "#",
  "?",
  "&",
  "=",
  "'",
  "\u0301",
  "\u0308",
  "é",
  "e\u0301",
  "中文",
  "🎞️",
  "\u200b",
  "~",
  "[",
  "]",
];

const piece = fc.oneof(
  fc.constantFrom(...TRICKY),
  fc.stringMatching(/^[a-z0-9_-]{1,8}$/),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 6 }),
);

/** A name that is valid on the servers' local storages: no `/`, no NUL, not `.` or `..`, at most 200 bytes. */
export const fileName: fc.Arbitrary<string> = fc
  .oneof(
    { weight: 5, arbitrary: fc.array(piece, { minLength: 1, maxLength: 6 }).map((parts) => parts.join("")) },
    { weight: 1, arbitrary: fc.integer({ min: 100, max: 200 }).map((length) => "n".repeat(length)) },
  )
  .map((name) => name.replaceAll("/", "_").replaceAll("\\", "_").replaceAll("\u0000", "_"))
  .filter((name) => name.trim() !== "" && name !== "." && name !== ".." && Buffer.byteLength(name) <= 200);

/** Path segments under a base folder, 1 to 12 deep. */
export function deepPath(base: string): fc.Arbitrary<string> {
  return fc.array(fileName, { minLength: 1, maxLength: 12 }).map((parts) => [base, ...parts].join("/"));
}

export const pageNumber = fc.oneof(
  fc.constantFrom(0, 1, -1),
  fc.integer({ min: 2, max: 50 }),
  fc.integer({ min: 1_000_000, max: 2_147_483_647 }),
);

const PATH_FIELDS = new Set(["path", "parent", "dir", "src_dir", "dst_dir"]);
const PAGE_FIELDS = new Set(["page", "per_page"]);

/** A request body from the operation's JSON schema; path fields stay under `base`. */
export function bodyFromSchema(model: SpecModel, schema: SchemaNode | undefined, base: string): fc.Arbitrary<unknown> {
  const node = model.resolve(schema);
  if (node?.type !== "object") return fc.constant({});
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, raw] of Object.entries(node.properties ?? {})) {
    const property = model.resolve(raw) ?? {};
    if (PATH_FIELDS.has(name)) entries[name] = fc.oneof(fc.constant(base), deepPath(base));
    // Pages below the schema's minimum would be refused by the spec itself: not a fuzz finding.
    else if (PAGE_FIELDS.has(name))
      entries[name] = pageNumber.filter((n) => property.minimum === undefined || n >= property.minimum);
    else if (name === "password") entries[name] = fc.constant("");
    else if (property.enum) entries[name] = fc.constantFrom(...property.enum);
    else if (property.type === "integer") entries[name] = fc.integer({ min: -1, max: 3 });
    else if (property.type === "boolean") entries[name] = fc.boolean();
    else if (property.type === "string") entries[name] = fileName;
  }
  const required = (node.required ?? []).filter((name) => name in entries);
  return fc.record(entries, { requiredKeys: required });
}
