/**
 * Request and success types of every operation, derived from the generated `operations`: a
 * change of a response schema in the spec changes what the typed calls return.
 */
import type { OperationId } from "./generated/operations.js";
import type { operations } from "./generated/schema.js";

type JsonAnswer<Operation> = Operation extends {
  responses: { 200: { content: { "application/json": infer Body } } };
}
  ? Body
  : never;

/**
 * The `data` of an operation's success answer (the `code: 200` branch of its envelope), for
 * any generated `operations` entry.
 */
export type SuccessData<Operation> =
  Extract<JsonAnswer<Operation>, { code: 200 }> extends { data: infer Data } ? Data : never;

/** The `data` of the operation's success answer, as the typed call gets it before its checks. */
export type DataOf<O extends OperationId> = SuccessData<operations[O]>;

/** The JSON body the operation sends. */
export type BodyOf<O extends OperationId> = [NonNullable<operations[O]["requestBody"]>] extends [never]
  ? never
  : NonNullable<operations[O]["requestBody"]> extends { content: { "application/json": infer Body } }
    ? Body
    : never;

type Params<O extends OperationId> = operations[O]["parameters"];

/** What a call sends: its body and its path and query parameters, as the spec declares them. */
export type InputOf<O extends OperationId> = ([BodyOf<O>] extends [never] ? object : { body: BodyOf<O> }) &
  (Params<O>["path"] extends object ? { params: { path: Params<O>["path"] } & QueryOf<O> } : object);

type QueryOf<O extends OperationId> = Params<O>["query"] extends object ? { query: Params<O>["query"] } : object;
