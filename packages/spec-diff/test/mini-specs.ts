// Tiny specs for the rules table: one operation, POST /api/x, whose request and 200 answer are
// given inline, so each pair differs in exactly one thing.

type Schema = Record<string, unknown>;

export interface MiniOperation {
  operationId?: string;
  parameters?: Schema[];
  requestBody?: Schema;
  response?: Schema;
  examples?: Record<string, { value: unknown } | { $ref: string }>;
}

export function operation(op: MiniOperation = {}): Schema {
  const response = op.response ?? { type: "object", properties: { code: { type: "integer" } } };
  return {
    ...(op.operationId === undefined
      ? { operationId: "x" }
      : op.operationId === ""
        ? {}
        : { operationId: op.operationId }),
    ...(op.parameters ? { parameters: op.parameters } : {}),
    ...(op.requestBody ? { requestBody: op.requestBody } : {}),
    responses: {
      "200": {
        description: "ok",
        content: { "application/json": { schema: response, ...(op.examples ? { examples: op.examples } : {}) } },
      },
    },
  };
}

export function spec(paths: Record<string, Schema>, schemas: Record<string, Schema> = {}): object {
  return {
    openapi: "3.1.0",
    info: { title: "mini", version: "1.0.0" },
    paths,
    ...(Object.keys(schemas).length ? { components: { schemas } } : {}),
  };
}

/** A spec with POST /api/x only. */
export function one(op: MiniOperation = {}, schemas: Record<string, Schema> = {}): object {
  return spec({ "/api/x": { post: operation(op) } }, schemas);
}

export const object = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: "object",
  ...(required.length ? { required } : {}),
  properties,
});

export const jsonBody = (schema: Schema, required = true): Schema => ({
  required,
  content: { "application/json": { schema } },
});

export const envelope = (data: Schema, required: string[] = ["code", "data"]): Schema =>
  object({ code: { type: "integer" }, data }, required);

export const example = (code: number, message = "msg") => ({ value: { code, message, data: null } });

/** `doc` with shared examples under components.examples, for examples given as `$ref`s. */
export const withSharedExamples = (doc: object, examples: Record<string, { value: unknown }>): object => {
  const { components, ...rest } = doc as { components?: Record<string, unknown> };
  return { ...rest, components: { ...components, examples } };
};

export const sharedExample = (name: string) => ({ $ref: `#/components/examples/${name}` });
