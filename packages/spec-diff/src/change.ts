import { type Level, type RuleId, ruleOf } from "./rules.js";

/** One classified change between two versions of the spec. */
export interface Change {
  rule: RuleId;
  level: Level;
  affects: string;
  /** Where it is, in words: `POST /api/fs/get response 200: data.size`. The allow-list matches on it. */
  place: string;
  /** JSON pointer into the bundled spec (the old one for removals, the new one for additions). */
  pointer: string;
  /** What changed, e.g. `"string" -> ["string", "null"]`. */
  detail: string;
}

export function change(rule: RuleId, place: string, pointer: string, detail = ""): Change {
  const { level, affects } = ruleOf(rule);
  return { rule, level, affects, place, pointer, detail };
}

const LEVEL_ORDER: Record<Level, number> = { "breaking-client": 0, "breaking-server": 1, safe: 2 };

/** Most severe first, then by place and rule, so the same two specs always print the same list. */
export function sortChanges(changes: Change[]): Change[] {
  const key = (c: Change) => `${c.place}\u0000${c.rule}\u0000${c.detail}`;
  const unique = new Map(changes.map((c) => [key(c), c]));
  return [...unique.values()].sort(
    (a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0),
  );
}
