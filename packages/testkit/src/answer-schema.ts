/**
 * Checks an answer body against the schema the spec gives its operation (JSON Schema 2020-12,
 * as OpenAPI 3.1 uses), for tests that meet real servers and cannot compare with an example.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { type BundledSpec, deref, operation } from "./spec-examples.js";

const DOCUMENT_ID = "spec.json";
const checkers = new WeakMap<BundledSpec, Ajv2020>();

function ajvFor(spec: BundledSpec): Ajv2020 {
  let ajv = checkers.get(spec);
  if (!ajv) {
    // `strict: false`: OpenAPI adds keywords (example, discriminator) that JSON Schema lacks.
    ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(spec, DOCUMENT_ID);
    checkers.set(spec, ajv);
  }
  return ajv;
}

const pointer = (segments: string[]) => segments.map((s) => s.replace(/~/g, "~0").replace(/\//g, "~1")).join("/");

/**
 * The ways `body` breaks the JSON schema of `operationId`'s HTTP 200 answer, as
 * `<json path> <what ajv says>` lines; empty when it conforms.
 */
export function answerViolations(spec: BundledSpec, operationId: string, body: unknown): string[] {
  const { path, method, operation: op } = operation(spec, operationId);
  const answer = op.responses["200"] as { $ref?: string } | undefined;
  if (!answer) return [`${operationId} documents no HTTP 200 answer`];
  const base = answer.$ref ? answer.$ref : `#/paths/${pointer([path, method])}/responses/200`;
  const media = deref(spec, answer) as { content?: Record<string, unknown> };
  if (!media.content?.["application/json"]) return [`${operationId} documents no JSON answer`];
  const validate = ajvFor(spec).getSchema(`${DOCUMENT_ID}${base}/content/application~1json/schema`);
  if (!validate) throw new Error(`no schema for ${operationId}'s answer`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}

/** The in-body codes the spec documents for an operation: those of its named answer examples. */
export function documentedCodes(spec: BundledSpec, operationId: string): Set<number> {
  const answer = deref(
    spec,
    (operation(spec, operationId).operation.responses["200"] ?? {}) as {
      content?: Record<string, { examples?: Record<string, unknown> }>;
    },
  );
  const examples = Object.values(answer.content?.["application/json"]?.examples ?? {});
  return new Set(examples.map((example) => deref(spec, example as { value: { code: number } }).value.code));
}
