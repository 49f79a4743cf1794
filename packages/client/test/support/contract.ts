/**
 * The shared shape of a contract test: every named success example of an operation must come
 * back as the typed result, every error example as an AlistError with its code and message.
 * The mock serves the example the client asks for with `Prefer: example=NAME`, and refuses
 * requests that break the spec, so a pass also proves the request was well-formed.
 */
import { describe, expect, it } from "vitest";
import { type AlistClient, AlistError } from "../../src/index.js";
import { mockClient } from "./clients.js";
import { answerExamples } from "./spec.js";

export interface ExampleValue {
  code: number;
  message: string;
  data: unknown;
}

export interface ContractCase {
  /** Makes the call against the mock; the example is there for calls whose request depends on it. */
  call(client: AlistClient, example: ExampleValue): Promise<unknown>;
  /** The typed result a success example must give; by default its `data` unchanged. */
  expected?(example: ExampleValue, name: string): unknown;
}

export function contractSuite(operationId: string, route: string, contract: ContractCase): void {
  const { successes, errors } = answerExamples(operationId);
  describe(`${operationId} (${route})`, () => {
    it.each(successes)("example %s: the typed result matches the example", async (name, example) => {
      const result = await contract.call(mockClient(name), example.value);
      expect(result).toEqual(contract.expected ? contract.expected(example.value, name) : example.value.data);
    });

    it.each(errors)("example %s: surfaces code and message as AlistError", async (name, example) => {
      const failure = await contract.call(mockClient(name), example.value).catch((e) => e);
      expect(failure).toBeInstanceOf(AlistError);
      expect(failure).toMatchObject({
        code: example.value.code,
        serverMessage: example.value.message,
        operation: operationId,
      });
    });
  });
}

/** For operations whose success has `data: null`: the call resolves with nothing. */
export const resolvesEmpty = (): undefined => undefined;
