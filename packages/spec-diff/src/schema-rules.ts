// Rules for a change inside a request or response schema. The side decides the verdict: what
// narrows a request breaks clients, what narrows a response only binds servers, and the reverse.
import { type Change, change } from "./change.js";
import { at, type JsonPath, toPointer } from "./json-path.js";
import type { RuleId } from "./rules.js";
import { type TypeShift, typeShift } from "./type-shift.js";

export type Side = "request" | "response";

export interface SchemaDiff {
  action: "add" | "remove" | "replace" | "rename";
  /** Absolute path of the changed node in the document. */
  path: JsonPath;
  before?: unknown;
  after?: unknown;
}

export interface SchemaContext {
  side: Side;
  /** The place of the schema's root, e.g. `POST /api/fs/get response 200`. */
  place: string;
  /** Absolute path of the schema's root. */
  root: JsonPath;
  before: unknown;
  after: unknown;
}

const DOCS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "$comment",
  "externalDocs",
  "deprecated",
  "readOnly",
  "writeOnly",
  "xml",
  "discriminator",
]);
const MIN = new Set(["minLength", "minimum", "exclusiveMinimum", "minItems", "minProperties", "minContains"]);
const MAX = new Set(["maxLength", "maximum", "exclusiveMaximum", "maxItems", "maxProperties", "maxContains"]);
const OTHER_CONSTRAINTS = new Set(["pattern", "multipleOf", "uniqueItems", "additionalProperties", "not"]);
const VARIANTS = new Set(["oneOf", "anyOf", "allOf", "prefixItems"]);

function rule(side: Side, forRequest: RuleId, forResponse: RuleId): RuleId {
  return side === "request" ? forRequest : forResponse;
}

function detailOf(d: SchemaDiff): string {
  const show = (v: unknown) => (v === undefined ? "(none)" : JSON.stringify(v));
  const text = `${show(d.before)} -> ${show(d.after)}`;
  return text.length > 160 ? `${text.slice(0, 157)}...` : text;
}

/** The readable property path of `sub` (relative to the schema root), and the changed keyword part. */
function splitPath(ctx: SchemaContext, sub: JsonPath) {
  const names: string[] = [];
  let i = 0;
  while (i < sub.length) {
    const seg = sub[i];
    const next = sub[i + 1];
    const isLast = i + 1 >= sub.length;
    if (seg === "properties" && next !== undefined && i + 2 < sub.length) {
      names.push(String(next));
      i += 2;
    } else if ((seg === "items" || seg === "additionalProperties") && !isLast) {
      names.push(seg === "items" ? "[]" : "{*}");
      i += 1;
    } else if (typeof seg === "string" && VARIANTS.has(seg) && typeof next === "number" && i + 2 < sub.length) {
      // allOf parts merge into one object: they add nothing to the property path.
      if (seg !== "allOf") {
        const variant = at(ctx.before, [...ctx.root, ...sub.slice(0, i + 2)]) as { title?: unknown } | undefined;
        names.push(typeof variant?.title === "string" ? variant.title : `${seg}[${next}]`);
      }
      i += 2;
    } else break;
  }
  return { names, parent: sub.slice(0, i), subject: sub.slice(i) };
}

function placeOf(ctx: SchemaContext, names: string[]): string {
  const path = names.join(".").replaceAll(".[]", "[]").replaceAll(".{*}", "{*}");
  return path ? `${ctx.place}: ${path}` : ctx.place;
}

function requiredOf(doc: unknown, path: JsonPath): string[] {
  const schema = at(doc, path) as { required?: unknown } | undefined;
  return Array.isArray(schema?.required) ? schema.required.filter((x): x is string => typeof x === "string") : [];
}

function hasProperty(doc: unknown, parent: JsonPath, name: string): boolean {
  return at(doc, [...parent, "properties", name]) !== undefined;
}

function valuesOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

export function schemaChanges(ctx: SchemaContext, d: SchemaDiff): Change[] {
  const sub = d.path.slice(ctx.root.length);
  const { names, parent, subject } = splitPath(ctx, sub);
  const parentAbs = [...ctx.root, ...parent];
  const pointer = toPointer(d.path);
  const [keyword, index] = subject;
  const side = ctx.side;
  const out: Change[] = [];
  const at_ = (r: RuleId, extraNames: string[] = [], detail = detailOf(d)) =>
    out.push(change(r, placeOf(ctx, [...names, ...extraNames]), pointer, detail));

  if (keyword === undefined) {
    at_("schema-change-unclassified", [], `${d.action} of the whole schema`);
  } else if (keyword === "properties" && index !== undefined && subject.length === 2) {
    const name = String(index);
    if (d.action === "add") {
      const required = requiredOf(ctx.after, parentAbs).includes(name);
      at_(
        rule(side, required ? "request-property-required-added" : "request-property-added", "response-property-added"),
        [name],
      );
    } else if (d.action === "remove") {
      at_(rule(side, "request-property-removed", "response-property-removed"), [name]);
    } else at_("schema-change-unclassified", [name]);
  } else if (keyword === "required") {
    const removed = d.action === "add" ? [] : valuesOf(d.before);
    const added = d.action === "remove" ? [] : valuesOf(d.after);
    for (const name of removed.map(String)) {
      // A property that went away entirely is reported as removed, not as made optional.
      if (added.map(String).includes(name) || !hasProperty(ctx.after, parentAbs, name)) continue;
      at_(rule(side, "request-property-made-optional", "response-property-made-optional"), [name], "");
    }
    for (const name of added.map(String)) {
      // A new property is reported as added (required or not), not as made required.
      if (removed.map(String).includes(name) || !hasProperty(ctx.before, parentAbs, name)) continue;
      at_(rule(side, "request-property-made-required", "response-property-made-required"), [name], "");
    }
  } else if (keyword === "type" || keyword === "nullable") {
    // OpenAPI 3.0's `nullable: true` is 3.1's `type: [..., "null"]`.
    const shift: TypeShift =
      keyword === "type"
        ? typeShift(d.before, d.after)
        : { nullAdded: d.after === true, nullRemoved: d.before === true, shift: "same" };
    if (shift.nullAdded) at_(rule(side, "request-type-widened", "response-property-made-nullable"));
    if (shift.nullRemoved) at_(rule(side, "request-type-narrowed", "response-property-made-non-nullable"));
    if (shift.shift === "narrowed") at_(rule(side, "request-type-narrowed", "response-type-narrowed"));
    if (shift.shift === "widened") at_(rule(side, "request-type-widened", "response-type-widened"));
    if (shift.shift === "changed") at_(rule(side, "request-type-changed", "response-type-changed"));
  } else if (keyword === "enum" && subject.length === 1) {
    // A whole enum appearing narrows the type; one disappearing widens it.
    if (d.action === "add") at_(rule(side, "request-type-narrowed", "response-type-narrowed"));
    else if (d.action === "remove") at_(rule(side, "request-type-widened", "response-type-widened"));
    else at_("schema-change-unclassified");
  } else if (keyword === "enum") {
    if (d.action !== "add")
      at_(rule(side, "request-enum-value-removed", "response-enum-value-removed"), [], JSON.stringify(d.before));
    if (d.action !== "remove")
      at_(rule(side, "request-enum-value-added", "response-enum-value-added"), [], JSON.stringify(d.after));
  } else if (keyword === "const") {
    if (d.action === "add") at_(rule(side, "request-type-narrowed", "response-type-narrowed"));
    else if (d.action === "remove") at_(rule(side, "request-type-widened", "response-type-widened"));
    else at_(rule(side, "request-type-changed", "response-type-changed"));
  } else if ((keyword === "oneOf" || keyword === "anyOf") && typeof index === "number" && subject.length === 2) {
    if (d.action === "add") at_(rule(side, "request-variant-added", "response-variant-added"));
    else if (d.action === "remove") at_(rule(side, "request-variant-removed", "response-variant-removed"));
    else at_("schema-change-unclassified");
  } else if (typeof keyword === "string" && (MIN.has(keyword) || MAX.has(keyword) || OTHER_CONSTRAINTS.has(keyword))) {
    const tighter = tightens(keyword, d);
    at_(
      tighter
        ? rule(side, "request-constraint-tightened", "response-constraint-tightened")
        : rule(side, "request-constraint-loosened", "response-constraint-loosened"),
      [],
      `${keyword}: ${detailOf(d)}`,
    );
  } else if (typeof keyword === "string" && (DOCS.has(keyword) || keyword.startsWith("x-"))) {
    // Documentation only: the generated-type diff shows any comment it changes.
  } else {
    at_("schema-change-unclassified", [], `${subject.join("/")}: ${detailOf(d)}`);
  }
  return out;
}

function tightens(keyword: string, d: SchemaDiff): boolean {
  if (d.action === "add") {
    if (keyword === "uniqueItems") return d.after === true;
    if (keyword === "additionalProperties") return d.after === false;
    return true;
  }
  if (d.action === "remove") return false;
  const [b, a] = [d.before, d.after];
  if (typeof b === "number" && typeof a === "number") return MIN.has(keyword) ? a > b : MAX.has(keyword) ? a < b : true;
  if (keyword === "uniqueItems" || keyword === "additionalProperties") return a === false;
  // A changed pattern or a changed `not` may reject what was valid: assume it does.
  return true;
}
