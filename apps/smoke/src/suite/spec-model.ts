/**
 * What the suite needs to know of each operation, read from the bundled spec: method and path,
 * whether it needs a token, the in-body codes its examples document, and its request schema.
 */
import { answerExamples, deref, operations } from "@alist-toolkit/client/spec-walk";
import type { OpenApiDocument } from "../spec.js";

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  minLength?: number;
  minimum?: number;
  allOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  $ref?: string;
  [key: string]: unknown;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  schema: SchemaNode;
}

export interface OperationModel {
  operationId: string;
  method: string;
  /** The path template, e.g. `/api/task/{type}/info`. */
  path: string;
  /** `security: []`: no token needed. */
  isPublic: boolean;
  /** Documents a code-200 answer for the guest (named `guest...`): no token may succeed. */
  guestAllowed: boolean;
  /** The in-body codes of the HTTP 200 answer's examples. */
  codes: Set<number>;
  /** The first code-200 example's name (the mock answers it when asked with `Prefer`). */
  successExample?: string;
  /** The media types declared for the HTTP 200 answer. */
  answerTypes: string[];
  requestType?: string;
  /** The JSON request body's schema, with `$ref`s and `allOf` merged. */
  requestSchema?: SchemaNode;
  parameters: Parameter[];
}

export class SpecModel {
  readonly operations = new Map<string, OperationModel>();

  constructor(readonly spec: OpenApiDocument) {
    for (const { path, method, operation } of operations(spec))
      this.operations.set(operation.operationId, this.model(path, method, operation));
  }

  get(operationId: string): OperationModel {
    const found = this.operations.get(operationId);
    if (!found) throw new Error(`the spec has no operation ${operationId}`);
    return found;
  }

  deref<T>(value: T): T {
    return deref<T>(this.spec, value);
  }

  /** A schema with `$ref`s followed and `allOf` parts merged (enough to build requests from). */
  resolve(schema: SchemaNode | undefined): SchemaNode | undefined {
    if (!schema) return undefined;
    const node = this.deref(schema);
    if (!node.allOf) return node;
    const parts = node.allOf.map((part) => this.resolve(part) ?? {});
    return {
      ...node,
      allOf: undefined,
      type: "object",
      properties: Object.assign({}, node.properties, ...parts.map((part) => part.properties ?? {})),
      required: [...new Set([...(node.required ?? []), ...parts.flatMap((part) => part.required ?? [])])],
    };
  }

  private model(path: string, method: string, op: Record<string, unknown>): OperationModel {
    const answer = this.deref((op.responses as Record<string, unknown>)?.["200"] ?? {}) as {
      content?: Record<string, unknown>;
    };
    const examples = answerExamples(this.spec, String(op.operationId)).map(
      ([name, example]) => [name, example.value as { code?: number } | undefined] as const,
    );
    const codes = new Set(examples.map(([, value]) => value?.code).filter((c): c is number => typeof c === "number"));
    const successes = examples.filter(([, value]) => value?.code === 200).map(([name]) => name);
    const body = this.deref(op.requestBody ?? {}) as { content?: Record<string, { schema?: SchemaNode }> };
    const requestType = Object.keys(body.content ?? {})[0];
    const parameters = ((op.parameters as unknown[]) ?? []).map((p) => this.deref(p) as Parameter);
    return {
      operationId: String(op.operationId),
      method: method.toUpperCase(),
      path,
      isPublic: Array.isArray(op.security) && op.security.length === 0,
      guestAllowed: successes.some((name) => name.startsWith("guest")),
      codes,
      ...(successes[0] !== undefined ? { successExample: successes[0] } : {}),
      answerTypes: Object.keys(answer.content ?? {}),
      ...(requestType !== undefined ? { requestType } : {}),
      ...(requestType === "application/json"
        ? { requestSchema: this.resolve(body.content?.["application/json"]?.schema) as SchemaNode }
        : {}),
      parameters: parameters.map((p) => ({ ...p, required: p.required === true })),
    };
  }
}
