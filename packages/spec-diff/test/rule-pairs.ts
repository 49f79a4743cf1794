// Every change kind the gate rates, as a pair of mini-specs: the rules expected going from
// `before` to `after` (forward), and going back (backward).
import type { RuleId } from "../src/rules.js";
import {
  envelope,
  example,
  jsonBody,
  object,
  one,
  operation,
  sharedExample,
  spec,
  withSharedExamples,
} from "./mini-specs.js";

export interface Pair {
  before: object;
  after: object;
  forward: RuleId[];
  backward: RuleId[];
  /** The place of the (first) forward change, when worth pinning. */
  place?: string;
}

const str = { type: "string" };
const int = { type: "integer" };
const param = (name: string, required: boolean, schema: object = str) => ({ name, in: "query", required, schema });
const echo = { get: operation({ operationId: "g" }) };

export const table: [string, Pair][] = [
  [
    "operation removed",
    {
      before: spec({ "/api/x": { post: operation(), get: operation({ operationId: "g" }) } }),
      after: spec({ "/api/x": { post: operation() } }),
      forward: ["operation-removed"],
      backward: ["operation-added"],
      place: "GET /api/x",
    },
  ],
  [
    "path removed",
    {
      before: spec({ "/api/x": { post: operation() }, "/api/y": echo }),
      after: spec({ "/api/x": { post: operation() } }),
      forward: ["path-removed"],
      backward: ["path-added"],
      place: "GET /api/y",
    },
  ],
  [
    "path parameter renamed",
    {
      before: spec({ "/api/t/{a}": echo }),
      after: spec({ "/api/t/{b}": echo }),
      forward: ["path-added", "path-removed"],
      backward: ["path-added", "path-removed"],
    },
  ],
  [
    "response property removed",
    {
      before: one({ response: envelope(object({ size: int, name: str })) }),
      after: one({ response: envelope(object({ name: str })) }),
      forward: ["response-property-removed"],
      backward: ["response-property-added"],
      place: "POST /api/x response 200: data.size",
    },
  ],
  [
    "response property removed through a $ref",
    {
      before: one(
        { response: envelope({ $ref: "#/components/schemas/Obj" }) },
        { Obj: object({ size: int, name: str }) },
      ),
      after: one({ response: envelope({ $ref: "#/components/schemas/Obj" }) }, { Obj: object({ name: str }) }),
      forward: ["response-property-removed"],
      backward: ["response-property-added"],
      place: "POST /api/x response 200: data.size",
    },
  ],
  [
    "response enum value removed",
    {
      before: one({ response: envelope({ type: "string", enum: ["a", "b"] }) }),
      after: one({ response: envelope({ type: "string", enum: ["a"] }) }),
      forward: ["response-enum-value-removed"],
      backward: ["response-enum-value-added"],
      place: "POST /api/x response 200: data",
    },
  ],
  [
    "response property made optional",
    {
      before: one({ response: envelope(int, ["code", "data"]) }),
      after: one({ response: envelope(int, ["code"]) }),
      forward: ["response-property-made-optional"],
      backward: ["response-property-made-required"],
      place: "POST /api/x response 200: data",
    },
  ],
  [
    "response property made nullable",
    {
      before: one({ response: envelope(object({ hash: { type: "string" } })) }),
      after: one({ response: envelope(object({ hash: { type: ["string", "null"] } })) }),
      forward: ["response-property-made-nullable"],
      backward: ["response-property-made-non-nullable"],
      place: "POST /api/x response 200: data.hash",
    },
  ],
  [
    "response type widened",
    {
      before: one({ response: envelope(object({ role: int })) }),
      after: one({ response: envelope(object({ role: { type: ["integer", "array"] } })) }),
      forward: ["response-type-widened"],
      backward: ["response-type-narrowed"],
    },
  ],
  [
    "response oneOf variant added",
    {
      before: one({ response: { oneOf: [envelope(int)] } }),
      after: one({ response: { oneOf: [envelope(int), object({ code: int, message: str })] } }),
      forward: ["response-variant-added"],
      backward: ["response-variant-removed"],
    },
  ],
  [
    "request type narrowed",
    {
      before: one({ requestBody: jsonBody(object({ path: { type: ["string", "integer"] } })) }),
      after: one({ requestBody: jsonBody(object({ path: str })) }),
      forward: ["request-type-narrowed"],
      backward: ["request-type-widened"],
      place: "POST /api/x request body: path",
    },
  ],
  [
    "request enum value removed",
    {
      before: one({ parameters: [param("type", true, { type: "string", enum: ["copy", "move"] })] }),
      after: one({ parameters: [param("type", true, { type: "string", enum: ["copy"] })] }),
      forward: ["request-enum-value-removed"],
      backward: ["request-enum-value-added"],
      place: "POST /api/x parameter query type",
    },
  ],
  [
    "request constraint tightened",
    {
      before: one({ requestBody: jsonBody(object({ name: { type: "string", maxLength: 255 } })) }),
      after: one({ requestBody: jsonBody(object({ name: { type: "string", maxLength: 16 } })) }),
      forward: ["request-constraint-tightened"],
      backward: ["request-constraint-loosened"],
    },
  ],
  [
    "new required parameter",
    {
      before: one({ parameters: [] }),
      after: one({ parameters: [param("page", true)] }),
      forward: ["request-parameter-required-added"],
      backward: ["request-parameter-removed"],
      place: "POST /api/x parameter query page",
    },
  ],
  [
    "new optional parameter",
    {
      before: one({ parameters: [] }),
      after: one({ parameters: [param("page", false)] }),
      forward: ["request-parameter-added"],
      backward: ["request-parameter-removed"],
    },
  ],
  [
    "parameter made required",
    {
      before: one({ parameters: [param("page", false)] }),
      after: one({ parameters: [param("page", true)] }),
      forward: ["request-parameter-made-required"],
      backward: ["request-parameter-made-optional"],
    },
  ],
  [
    "new required body field",
    {
      before: one({ requestBody: jsonBody(object({ path: str }, ["path"])) }),
      after: one({ requestBody: jsonBody(object({ path: str, names: str }, ["path", "names"])) }),
      forward: ["request-property-required-added"],
      backward: ["request-property-removed"],
      place: "POST /api/x request body: names",
    },
  ],
  [
    "new optional body field",
    {
      before: one({ requestBody: jsonBody(object({ path: str })) }),
      after: one({ requestBody: jsonBody(object({ path: str, password: str })) }),
      forward: ["request-property-added"],
      backward: ["request-property-removed"],
    },
  ],
  [
    "body field made required",
    {
      before: one({ requestBody: jsonBody(object({ path: str, password: str }, ["path"])) }),
      after: one({ requestBody: jsonBody(object({ path: str, password: str }, ["path", "password"])) }),
      forward: ["request-property-made-required"],
      backward: ["request-property-made-optional"],
      place: "POST /api/x request body: password",
    },
  ],
  [
    "new required request body",
    {
      before: one({}),
      after: one({ requestBody: jsonBody(object({ path: str })) }),
      forward: ["request-body-required-added"],
      backward: ["request-body-removed"],
    },
  ],
  [
    "request body made required",
    {
      before: one({ requestBody: jsonBody(object({ path: str }), false) }),
      after: one({ requestBody: jsonBody(object({ path: str }), true) }),
      forward: ["request-body-made-required"],
      backward: ["request-body-made-optional"],
    },
  ],
  [
    "operationId removed",
    {
      before: one({ operationId: "fsList" }),
      after: one({ operationId: "" }),
      forward: ["operation-id-removed"],
      backward: ["operation-id-added"],
    },
  ],
  [
    "operationId renamed",
    {
      before: one({ operationId: "fsList" }),
      after: one({ operationId: "listFolder" }),
      forward: ["operation-id-renamed"],
      backward: ["operation-id-renamed"],
    },
  ],
  [
    "component schema removed",
    {
      before: one({}, { Obj: object({ name: str }) }),
      after: one({}),
      forward: ["component-schema-removed"],
      backward: ["component-schema-added"],
    },
  ],
  [
    "AList: an error example with a new in-body code",
    {
      before: one({ examples: { ok: example(200, "success") } }),
      after: one({ examples: { ok: example(200, "success"), guest: example(403, "You are a guest") } }),
      forward: ["alist-code-added", "alist-error-example-added"],
      backward: ["alist-code-removed", "alist-error-example-removed"],
      place: "POST /api/x response 200: code 403",
    },
  ],
  [
    "AList: another error example for a documented code",
    {
      before: one({ examples: { notFound: example(500, "object not found") } }),
      after: one({
        examples: { notFound: example(500, "object not found"), notFoundOpenList: example(500, "failed") },
      }),
      forward: ["alist-error-example-added"],
      backward: ["alist-error-example-removed"],
      place: "POST /api/x response 200: example notFoundOpenList",
    },
  ],
  [
    "AList: an error example moved to components/examples (a $ref) is no change",
    {
      before: one({ examples: { ok: example(200, "success"), notFound: example(500, "object not found") } }),
      after: withSharedExamples(
        one({ examples: { ok: example(200, "success"), notFound: sharedExample("NotFound") } }),
        {
          NotFound: example(500, "object not found"),
        },
      ),
      forward: [],
      backward: [],
    },
  ],
  [
    "AList: a shared error example ($ref) with a new in-body code",
    {
      before: one({ examples: { ok: example(200, "success") } }),
      after: withSharedExamples(one({ examples: { ok: example(200, "success"), guest: sharedExample("Guest") } }), {
        Guest: example(403, "You are a guest"),
      }),
      forward: ["alist-code-added", "alist-error-example-added"],
      backward: ["alist-code-removed", "alist-error-example-removed"],
      place: "POST /api/x response 200: code 403",
    },
  ],
  [
    "documentation only",
    {
      before: one({ response: envelope({ type: "string", description: "old words" }) }),
      after: one({ response: envelope({ type: "string", description: "new words" }) }),
      forward: [],
      backward: [],
    },
  ],
];
