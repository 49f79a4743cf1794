// A client-breaking change passes the gate when it is acknowledged: the client package's version
// took a breaking bump, or the change's rule and place are listed with a reason in the allow-list.
import semver from "semver";
import { parse } from "yaml";
import type { Change } from "./change.js";
import { SpecDiffError } from "./errors.js";
import { RULES } from "./rules.js";

export const ALLOW_LIST = "spec/breaking-changes.yaml";

export interface Acknowledgement {
  rule: string;
  place: string;
  reason: string;
}

export function parseAllowList(text: string | undefined, file = ALLOW_LIST): Acknowledgement[] {
  if (text === undefined || text.trim() === "") return [];
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (error) {
    throw new SpecDiffError(`${file}: not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  const list = (doc as { acknowledged?: unknown } | null)?.acknowledged ?? [];
  if (!Array.isArray(list)) throw new SpecDiffError(`${file}: "acknowledged" must be a list`);
  return list.map((entry, i) => {
    const e = (entry ?? {}) as Record<string, unknown>;
    for (const key of ["rule", "place", "reason"])
      if (typeof e[key] !== "string" || (e[key] as string).trim() === "")
        throw new SpecDiffError(`${file}: entry ${i + 1} needs a non-empty "${key}"`);
    if (!(String(e.rule) in RULES))
      throw new SpecDiffError(`${file}: entry ${i + 1}: unknown rule "${String(e.rule)}"`);
    return { rule: String(e.rule), place: String(e.place), reason: String(e.reason) };
  });
}

/**
 * A bump that semver's caret range calls breaking: 1.x -> 2.x, and below 1.0 the leftmost
 * non-zero part (0.1.x -> 0.2.0), since 0.x releases break in their minor.
 */
export function isBreakingBump(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to || !semver.valid(from) || !semver.valid(to)) return false;
  return semver.gt(to, from) && !semver.satisfies(to, `^${from}`);
}

export interface Verdict {
  breaking: Change[];
  acknowledged: { change: Change; reason: string }[];
  unacknowledged: Change[];
  /** Allow-list entries that match no change of this comparison (fine once the change is in the base). */
  unused: Acknowledgement[];
  versionBump: { from: string | undefined; to: string | undefined; breaking: boolean };
  pass: boolean;
}

export function judge(changes: Change[], allowList: Acknowledgement[], from?: string, to?: string): Verdict {
  const breakingBump = isBreakingBump(from, to);
  const breaking = changes.filter((c) => c.level === "breaking-client");
  const acknowledged: Verdict["acknowledged"] = [];
  const unacknowledged: Change[] = [];
  const used = new Set<Acknowledgement>();
  for (const c of breaking) {
    const entry = allowList.find((a) => a.rule === c.rule && a.place === c.place);
    if (entry) used.add(entry);
    if (entry) acknowledged.push({ change: c, reason: entry.reason });
    else if (breakingBump) acknowledged.push({ change: c, reason: `@alist-toolkit/client ${from} -> ${to}` });
    else unacknowledged.push(c);
  }
  return {
    breaking,
    acknowledged,
    unacknowledged,
    unused: allowList.filter((a) => !used.has(a)),
    versionBump: { from, to, breaking: breakingBump },
    pass: unacknowledged.length === 0,
  };
}
