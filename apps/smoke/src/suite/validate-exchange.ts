/**
 * Validates one recorded exchange (the `--record` format) against the spec: the answer's
 * Content-Type, its in-body `code` and its body against the operation's schema. For a test
 * that keeps committed captures honest: it fails when the spec stops accepting a real answer.
 */
import { ContractChecker } from "../contract.js";
import { loadEmbeddedSpec, type OpenApiDocument } from "../spec.js";
import { judgeAnswer } from "./judge.js";
import { RECORD_FORMAT, type RecordedExchange } from "./record.js";
import { SpecModel } from "./spec-model.js";

export interface ExchangeValidator {
  /** One line per problem (`<check>: <path>: expected ..., got ...`); empty when it conforms. */
  validate(recorded: RecordedExchange): string[];
}

export function exchangeValidator(spec: OpenApiDocument = loadEmbeddedSpec()): ExchangeValidator {
  const model = new SpecModel(spec);
  const contract = new ContractChecker(spec);
  return {
    validate(recorded) {
      if (recorded.format !== RECORD_FORMAT)
        return [`format: expected ${RECORD_FORMAT}, got ${JSON.stringify(recorded.format)}`];
      const op = model.operations.get(recorded.operationId);
      if (!op) return [`operationId: the spec has no operation ${JSON.stringify(recorded.operationId)}`];
      const { status, contentType, body } = recorded.response;
      const isJson = /json/i.test(contentType) && typeof body === "object";
      const answer = {
        status,
        contentType,
        text: typeof body === "string" ? body : JSON.stringify(body),
        ...(isJson ? { json: body } : {}),
      };
      const exchange = {
        seq: 0,
        operationId: op.operationId,
        label: recorded.case,
        intent: recorded.intent ?? ("answer" as const),
        request: { method: recorded.request.method, path: recorded.request.path, headers: recorded.request.headers },
        answer,
        auth: "token" as const,
        ms: 0,
      };
      return judgeAnswer(op, exchange, contract).flatMap((verdict) =>
        verdict.problem
          ? [
              `${verdict.check}: ${verdict.problem.path}: expected ${verdict.problem.expected}, got ${verdict.problem.actual}`,
            ]
          : [],
      );
    },
  };
}

/** The same, for one exchange, with the embedded spec. */
export function validateRecordedExchange(recorded: RecordedExchange, spec?: OpenApiDocument): string[] {
  return exchangeValidator(spec).validate(recorded);
}
