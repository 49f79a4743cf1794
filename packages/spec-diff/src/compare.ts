// Compares two bundled specs: structural differences from api-smart-diff, rated by our rules,
// plus the AList rules on documented in-body codes.
import { apiCompare } from "api-smart-diff";
import { alistChanges } from "./alist-rules.js";
import { type Change, sortChanges } from "./change.js";
import { classify } from "./classify.js";
import type { SchemaDiff } from "./schema-rules.js";

export function compareSpecs(before: object, after: object): Change[] {
  // apiCompare normalizes the documents it is given in place: give it copies.
  const { diffs } = apiCompare(structuredClone(before), structuredClone(after));
  const changes = diffs.flatMap((d) => classify(d as SchemaDiff, before, after));
  return sortChanges([...changes, ...alistChanges(before, after)]);
}
