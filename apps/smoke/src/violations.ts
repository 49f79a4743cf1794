/**
 * Turns ajv's errors into one line per problem: `<json path>: expected <what the schema
 * wants>, got <actual value>`, most specific first.
 */
import { childPointer, at as valueAt } from "@alist-toolkit/client/spec-walk";
import type { ErrorObject } from "ajv";

const SUMMARY_KEYWORDS = new Set(["oneOf", "anyOf"]);

/** A short JSON rendering of a value, or `nothing` when it is absent. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

interface Problem {
  path: string;
  expected: string;
}

function expectation(error: ErrorObject): Problem {
  const p = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case "type":
      return { path: at, expected: String(p.type).split(",").join(" or ") };
    case "required":
      return { path: childPointer(at, String(p.missingProperty)), expected: "a value (required)" };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(p.additionalProperty ?? p.unevaluatedProperty);
      return { path: childPointer(at, name), expected: "no such property" };
    }
    case "const":
      return { path: at, expected: JSON.stringify(p.allowedValue) };
    case "enum":
      return {
        path: at,
        expected: `one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(", ")}`,
      };
    case "format":
      return { path: at, expected: `a ${p.format} string` };
    case "pattern":
      return { path: at, expected: `a string matching ${p.pattern}` };
    case "minLength":
      return { path: at, expected: `at least ${p.limit} characters` };
    case "maxLength":
      return { path: at, expected: `at most ${p.limit} characters` };
    case "minItems":
      return { path: at, expected: `at least ${p.limit} items` };
    case "maxItems":
      return { path: at, expected: `at most ${p.limit} items` };
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return { path: at, expected: `a number ${p.comparison} ${p.limit}` };
    case "not":
      return { path: at, expected: "a value the schema excludes (not)" };
    default:
      return { path: at, expected: `a value that ${error.message ?? `satisfies ${error.keyword}`}` };
  }
}

function depth(path: string): number {
  return path === "" ? 0 : path.split("/").length - 1;
}

/** One line per problem; `oneOf` summaries are dropped when the details are there. */
export function describeErrors(errors: ErrorObject[], body: unknown): string[] {
  const detailed = errors.filter((error) => !SUMMARY_KEYWORDS.has(error.keyword));
  const problems = (detailed.length > 0 ? detailed : errors).map((error) => ({
    ...expectation(error),
    isType: error.keyword === "type",
  }));
  // A value that may be one of several types fails each `type` separately: say it once.
  const lines = new Map<string, { path: string; wanted: string[] }>();
  problems.forEach(({ path, expected, isType }, index) => {
    const key = isType ? `${path}\0type` : `${path}\0${index}`;
    const entry = lines.get(key) ?? { path, wanted: [] };
    if (!entry.wanted.includes(expected)) entry.wanted.push(expected);
    lines.set(key, entry);
  });
  const sorted = [...lines.values()].sort((a, b) => depth(b.path) - depth(a.path));
  const text = sorted.map(
    ({ path, wanted }) => `${path || "/"}: expected ${wanted.join(" or ")}, got ${showValue(valueAt(body, path))}`,
  );
  return [...new Set(text)];
}
