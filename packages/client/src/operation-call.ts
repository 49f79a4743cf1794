/**
 * The one generic maker of typed calls: an operation of the table, an optional step that
 * readies the request (paths normalised, names checked) and one that checks the answer's
 * data. Request and result types come from the spec's `operations[Op]`.
 */
import type { OperationId } from "./generated/operations.js";
import type { BodyOf, DataOf, InputOf } from "./operation-types.js";
import type { CallOptions, EnvelopeOperation, Pipeline } from "./pipeline.js";

/** An operation whose request is its JSON body. */
export type BodyCall<O extends EnvelopeOperation, R> = (request: BodyOf<O>, options?: CallOptions) => Promise<R>;

/** `op(request, options)`: sends `prepare(request)` as the body, returns `finish(data)`. */
export function bodyCall<O extends EnvelopeOperation, R = DataOf<O>>(
  pipeline: Pipeline,
  operation: O,
  prepare: (request: BodyOf<O>) => BodyOf<O>,
  finish: (data: DataOf<O>, operation: O) => R,
): BodyCall<O, R> {
  return async (request, options) => {
    // The body has the operation's own type; only the generic InputOf cannot be checked here.
    const input = { body: prepare(request) } as unknown as InputOf<O>;
    return finish(await pipeline.call(operation, input, options), operation);
  };
}

/** An operation with neither body nor parameters: `op(options)`. */
export function plainCall<O extends EnvelopeOperation, R = DataOf<O>>(
  pipeline: Pipeline,
  operation: O,
  finish: (data: DataOf<O>, operation: O) => R,
): (options?: CallOptions) => Promise<R> {
  return async (options) => finish(await pipeline.call(operation, {} as InputOf<O>, options), operation);
}

/** Drops a success's data (`null` for these operations): the call resolves with nothing. */
export const nothing = (): void => {};

/** The data as the spec types it. */
export const asIs = <T>(data: T): T => data;

export type { OperationId };
