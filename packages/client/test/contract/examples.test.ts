/**
 * Every named answer example of every operation, through the typed client against the mock:
 * a success example must come back as the typed result, an error example as an AlistError with
 * its code and message. The mock serves the example asked for with `Prefer: example=NAME` and
 * refuses requests that break the spec, so a pass also proves the request was well-formed.
 */
import { describe, expect, it } from "vitest";
import { AlistError } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { answerExamples } from "../support/spec.js";
import { mockScene } from "./mock-scene.js";
import { type ContractRow, OPERATION_TABLE } from "./operation-table.js";

const rows = Object.entries(OPERATION_TABLE as Record<string, ContractRow>).filter(([id]) => id !== "ping");

describe.each(rows)("%s", (operationId, row) => {
  const { successes, errors } = answerExamples(operationId);
  // Login calls run without a token, as a user logging in would.
  const token = operationId.startsWith("login") ? "" : "mock-token";

  it.each(successes)("example %s: the typed result matches the example", async (name, example) => {
    const result = await row.call(mockClient(name, token), mockScene, example.value);
    expect(result).toEqual(row.expected ? row.expected(example.value, name) : example.value.data);
  });

  it.each(errors)("example %s: surfaces code and message as AlistError", async (name, example) => {
    const failure = await row.call(mockClient(name, token), mockScene, example.value).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure).toMatchObject({
      code: example.value.code,
      serverMessage: example.value.message,
      operation: operationId,
    });
  });
});
