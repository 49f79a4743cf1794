/**
 * Both ends of the contract, done by openapi-backend on the bundled spec: it finds the operation
 * a request is for, validates the request (body, headers, query) and validates every answer
 * before it is sent.
 */
import type { ErrorObject } from "ajv";
import addFormats from "ajv-formats";
import { OpenAPIBackend, type Request as SpecRequest } from "openapi-backend";
import { loadSpec, type OperationId } from "./spec.js";

export interface MatchedOperation {
  operationId: OperationId;
  /** Media types the operation's request body accepts (empty: no body). */
  mediaTypes: string[];
  bodyRequired: boolean;
  /** Whether the operation needs the `token` security scheme. */
  needsToken: boolean;
  /** Path parameters, e.g. the task type. */
  params: Record<string, string>;
}

export class Contract {
  readonly spec = loadSpec();
  private readonly api: OpenAPIBackend;
  private readonly globalSecurity: unknown[];

  constructor() {
    this.globalSecurity = (this.spec.security as unknown[] | undefined) ?? [];
    this.api = new OpenAPIBackend({
      definition: this.spec as never,
      quick: true,
      validate: true,
      coerceTypes: true,
      // All errors: reading a request as a server does needs every missing field and wrong type.
      ajvOpts: { strict: false, allErrors: true },
      customizeAjv: (ajv) => {
        addFormats(ajv as never);
        return ajv;
      },
    });
  }

  async init(): Promise<void> {
    await this.api.init();
    // openapi-backend rebuilds the operation list (a lodash walk of every path) on each lookup,
    // several times per request; the spec never changes here, so it is built once.
    const router = this.api.router;
    const operations = router.getOperations();
    const byId = new Map(operations.map((operation) => [operation.operationId, operation]));
    router.getOperations = () => operations;
    router.getOperation = (operationId: string) => byId.get(operationId);
  }

  match(method: string, path: string): MatchedOperation | undefined {
    const request = { method, path, headers: {} } as SpecRequest;
    const operation = this.api.router.matchOperation(request);
    if (!operation?.operationId) return undefined;
    const params = this.api.router.parseRequest(request, operation).params as Record<string, string>;
    const body = operation.requestBody as { content?: Record<string, unknown>; required?: boolean } | undefined;
    const security = (operation.security as unknown[] | undefined) ?? this.globalSecurity;
    return {
      operationId: operation.operationId as OperationId,
      mediaTypes: Object.keys(body?.content ?? {}),
      bodyRequired: body?.required === true,
      needsToken: security.length > 0,
      params,
    };
  }

  /** The request's violations as ajv errors; empty when it is valid. */
  requestErrors(request: SpecRequest, operationId: OperationId): ErrorObject[] {
    const result = this.api.validator.validateRequest(request, operationId);
    return result.valid ? [] : (result.errors ?? []);
  }

  /** The request's violations as `where: what` lines; empty when it is valid. */
  checkRequest(request: SpecRequest, operationId: OperationId): string[] {
    return describeRequest(this.requestErrors(request, operationId));
  }

  /** The (dereferenced) schema of the operation's JSON request body. */
  bodySchema(operationId: OperationId): Record<string, unknown> | undefined {
    const body = this.api.getOperation(operationId)?.requestBody as
      | { content?: Record<string, { schema?: Record<string, unknown> }> }
      | undefined;
    return body?.content?.["application/json"]?.schema;
  }

  /** The answer's violations; empty when the body matches the spec's HTTP 200 schema. */
  checkAnswer(operationId: OperationId, body: unknown): string[] {
    const result = this.api.validator.validateResponse(body, operationId, 200);
    return result.valid ? [] : describe(result.errors ?? [], "answer");
  }
}

export function describeRequest(errors: ErrorObject[]): string[] {
  return errors.length === 0 ? [] : describe(errors, "request");
}

function describe(errors: ErrorObject[], root: string): string[] {
  // A oneOf of [success, error] reports the branch that rejected `code` too: keep the others.
  const useful = errors.filter((error) => error.keyword !== "oneOf" && !error.schemaPath.endsWith("/code/not"));
  return (useful.length > 0 ? useful : errors).map(
    (error) => `${root}${error.instancePath || ""}: ${error.message ?? error.keyword}`,
  );
}
