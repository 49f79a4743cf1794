/**
 * Checks an answer body against the schema the spec gives its operation (JSON Schema 2020-12,
 * as OpenAPI 3.1 uses), for tests that meet real servers and cannot compare with an example.
 */
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { at, follow, operation } from "../../client/src/spec-walk.js";
import { type BundledSpec, mediaExamples } from "./spec-examples.js";

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

/**
 * The ways `body` breaks the JSON schema of `operationId`'s HTTP 200 answer, as
 * `<json path> <what ajv says>` lines; empty when it conforms.
 */
export function answerViolations(spec: BundledSpec, operationId: string, body: unknown): string[] {
  const answer = follow(spec, `${operation(spec, operationId).pointer}/responses/200`);
  if (!answer) return [`${operationId} documents no HTTP 200 answer`];
  if (at(spec, `${answer}/content/application~1json`) === undefined) return [`${operationId} documents no JSON answer`];
  const validate = ajvFor(spec).getSchema(`${DOCUMENT_ID}${answer}/content/application~1json/schema`);
  if (!validate) throw new Error(`no schema for ${operationId}'s answer`);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message ?? "is invalid"}`);
}

/** The in-body codes the spec documents for an operation: those of its named answer examples. */
export function documentedCodes(spec: BundledSpec, operationId: string): Set<number> {
  const examples = mediaExamples(spec, operationId, "application/json");
  return new Set(examples.map(([, example]) => (example.value as { code: number }).code));
}
