/**
 * Checks every answer body against the spec's schema for its operation (JSON Schema 2020-12,
 * which OpenAPI 3.1 uses). The whole document is registered once, so the local
 * `#/components/...` references resolve exactly as written in the spec.
 */
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "./spec.js";
import { describeErrors } from "./violations.js";

const DOCUMENT_ID = "openapi.json";
const METHODS = ["get", "put", "post", "delete", "patch", "head", "options"];

function escapePointer(segment: string): string {
  return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}

export class ContractChecker {
  private readonly ajv: Ajv2020;
  /** operationId -> JSON pointer of the operation object. */
  private readonly operations = new Map<string, string>();

  constructor(private readonly spec: OpenApiDocument) {
    // `strict: false`: OpenAPI adds keywords (example, discriminator, ...) that JSON Schema lacks.
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(spec, DOCUMENT_ID);
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const method of METHODS) {
        const operation = item[method] as { operationId?: string } | undefined;
        if (operation?.operationId) {
          this.operations.set(operation.operationId, `#/paths/${escapePointer(path)}/${method}`);
        }
      }
    }
  }

  hasOperation(operationId: string): boolean {
    return this.operations.has(operationId);
  }

  /**
   * The contract violations of one answer, as `<json path>: expected ..., got ...` lines;
   * empty when the body matches. Only JSON bodies of declared HTTP statuses are checked:
   * anything else is already refused by the client, with its own message.
   */
  check(operationId: string, status: number, body: unknown): string[] {
    const operation = this.operations.get(operationId);
    if (!operation) return [`the spec has no operation "${operationId}" to check the answer against`];
    if (body === undefined) return [];
    const response = this.follow(`${operation}/responses/${status}`);
    if (!response) return [];
    const schema = this.follow(`${response}/content/application~1json/schema`);
    if (!schema) return [];
    const errors = this.errors(schema, body);
    if (errors.length === 0) return [];
    return describeErrors(this.branchErrors(schema, body) ?? errors, body);
  }

  /**
   * The ways a JSON request body breaks the operation's request schema; empty when it is one
   * the spec allows (the fuzzer sends only those, so a refusal is never the request's fault).
   */
  checkRequest(operationId: string, body: unknown): string[] {
    const operation = this.operations.get(operationId);
    if (!operation) return [`the spec has no operation "${operationId}"`];
    const requestBody = this.follow(`${operation}/requestBody`);
    const schema = requestBody && this.follow(`${requestBody}/content/application~1json/schema`);
    if (!schema) return [];
    const errors = this.errors(schema, body);
    return errors.length === 0 ? [] : describeErrors(errors, body);
  }

  /**
   * Answers are `oneOf [success envelope, error envelope]`; ajv's report for a oneOf mixes
   * both. The branch that accepts the body's `code` is the one the server meant, so its
   * errors are the ones worth reporting.
   */
  private branchErrors(schema: string, body: unknown): ErrorObject[] | undefined {
    const branches = (this.node(schema) as { oneOf?: unknown[] }).oneOf;
    if (!Array.isArray(branches)) return undefined;
    const candidates = branches
      .map((_, index) => this.errors(`${schema}/oneOf/${index}`, body))
      .filter((errors) => !errors.some((error) => error.instancePath === "/code"));
    candidates.sort((a, b) => a.length - b.length);
    return candidates[0];
  }

  private errors(pointer: string, body: unknown): ErrorObject[] {
    const validate = this.ajv.getSchema(`${DOCUMENT_ID}${pointer}`);
    if (!validate) throw new Error(`the spec has no schema at ${pointer}`);
    return validate(body) ? [] : [...(validate.errors ?? [])];
  }

  /** The pointer of the node at `pointer`, after following local `$ref`s; undefined if absent. */
  private follow(pointer: string): string | undefined {
    let current = pointer;
    for (let hops = 0; hops < 20; hops++) {
      const node = this.node(current);
      if (node === undefined) return undefined;
      const ref = (node as { $ref?: unknown }).$ref;
      if (typeof ref !== "string" || !ref.startsWith("#/")) return current;
      current = ref;
    }
    throw new Error(`$ref cycle at ${pointer}`);
  }

  private node(pointer: string): unknown {
    let node: unknown = this.spec;
    for (const raw of pointer.replace(/^#\//, "").split("/")) {
      if (typeof node !== "object" || node === null) return undefined;
      node = (node as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    return node;
  }
}
