/**
 * Checks every answer body against the spec's schema for its operation (JSON Schema 2020-12,
 * which OpenAPI 3.1 uses). The whole document is registered once, so the local
 * `#/components/...` references resolve exactly as written in the spec.
 */

import { at, follow, operations } from "@alist-toolkit/client/spec-walk";
import Ajv2020, { type ErrorObject } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import type { OpenApiDocument } from "./spec.js";
import { describeErrors } from "./violations.js";

const DOCUMENT_ID = "openapi.json";

export class ContractChecker {
  private readonly ajv: Ajv2020;
  /** operationId -> JSON pointer of the operation object. */
  private readonly operations = new Map<string, string>();

  constructor(private readonly spec: OpenApiDocument) {
    // `strict: false`: OpenAPI adds keywords (example, discriminator, ...) that JSON Schema lacks.
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(spec, DOCUMENT_ID);
    for (const { pointer, operation } of operations(spec)) this.operations.set(operation.operationId, pointer);
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
    const response = follow(this.spec, `${operation}/responses/${status}`);
    if (!response) return [];
    const schema = follow(this.spec, `${response}/content/application~1json/schema`);
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
    const requestBody = follow(this.spec, `${operation}/requestBody`);
    const schema = requestBody && follow(this.spec, `${requestBody}/content/application~1json/schema`);
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
    const branches = (at(this.spec, schema) as { oneOf?: unknown[] }).oneOf;
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
}
