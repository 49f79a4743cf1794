// How a schema's `type` keyword moved: which JSON types it admits before and after.

const ALL = ["array", "boolean", "integer", "null", "number", "object", "string"];

function typesOf(value: unknown): Set<string> {
  if (value === undefined) return new Set(ALL);
  const list = Array.isArray(value) ? value : [value];
  const set = new Set(list.filter((x): x is string => typeof x === "string"));
  // Every integer is a number: `number` admits what `integer` does.
  if (set.has("number")) set.add("integer");
  return set;
}

function within(small: Set<string>, big: Set<string>): boolean {
  return [...small].every((t) => big.has(t));
}

export interface TypeShift {
  nullAdded: boolean;
  nullRemoved: boolean;
  /** The shift of the non-null types. */
  shift: "same" | "narrowed" | "widened" | "changed";
}

export function typeShift(before: unknown, after: unknown): TypeShift {
  const b = typesOf(before);
  const a = typesOf(after);
  const nullAdded = a.has("null") && !b.has("null");
  const nullRemoved = b.has("null") && !a.has("null");
  b.delete("null");
  a.delete("null");
  const aInB = within(a, b);
  const bInA = within(b, a);
  const shift = aInB && bInA ? "same" : aInB ? "narrowed" : bInA ? "widened" : "changed";
  return { nullAdded, nullRemoved, shift };
}
