/**
 * The checks every answer gets (not-a-server-error, content-type-conformance, code-conformance,
 * response-schema-conformance), and the one its case's intent adds (positive-data-acceptance,
 * negative-data-rejection, ignored-auth, use-after-free, resource-availability).
 */
import type { ContractChecker } from "../contract.js";
import { showValue } from "../violations.js";
import type { CheckId } from "./check-ids.js";
import type { Answer, Exchange } from "./exchange.js";
import type { OperationModel } from "./spec-model.js";

export interface Verdict {
  check: CheckId;
  /** Undefined: the check held. */
  problem?: { path: string; expected: string; actual: string };
}

const PANIC = /(^|\n)panic: |goroutine \d+ \[|runtime error: /;

function mediaType(contentType: string): string {
  return contentType.split(";")[0]?.trim().toLowerCase() ?? "";
}

function bodyCode(answer: Answer): unknown {
  return (answer.json as { code?: unknown } | undefined)?.code;
}

function excerpt(text: string): string {
  return showValue(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function serverError(op: OperationModel, answer: Answer): Verdict["problem"] {
  if (answer.error) return { path: "HTTP", expected: "an answer", actual: answer.error };
  if (PANIC.test(answer.text)) return { path: "body", expected: "no Go panic text", actual: excerpt(answer.text) };
  const type = mediaType(answer.contentType);
  if (type === "text/html") {
    return { path: "Content-Type", expected: "the API, not a web page", actual: `HTTP ${answer.status} text/html` };
  }
  if (answer.status >= 500) {
    return {
      path: "HTTP status",
      expected: "200",
      actual: `${answer.status}${answer.text ? "" : " with an empty body"}`,
    };
  }
  if (answer.status !== 200) return { path: "HTTP status", expected: "200", actual: String(answer.status) };
  const wantsJson = op.answerTypes.includes("application/json");
  if (wantsJson && answer.json === undefined) {
    return {
      path: "body",
      expected: "a JSON envelope",
      actual: answer.text === "" ? "an empty body" : `not JSON: ${excerpt(answer.text)}`,
    };
  }
  return undefined;
}

function isWebPage(answer: Answer): boolean {
  return !answer.error && answer.status === 200 && mediaType(answer.contentType) === "text/html";
}

/** An unknown route is answered with the web page (the spec's own words) or refused in the API's way. */
function unknownRouteAnswer(answer: Answer): Verdict[] {
  if (answer.error)
    return [{ check: "not-a-server-error", problem: { path: "HTTP", expected: "an answer", actual: answer.error } }];
  const page = isWebPage(answer);
  const refused = typeof bodyCode(answer) === "number" && bodyCode(answer) !== 200;
  return [
    {
      check: "negative-data-rejection",
      ...(page || refused
        ? {}
        : {
            problem: {
              path: "/",
              expected: "the web page (HTTP 200 text/html) or a refusal",
              actual: `HTTP ${answer.status} ${mediaType(answer.contentType) || "no body"}`,
            },
          }),
    },
  ];
}

export function judgeAnswer(op: OperationModel, exchange: Exchange, contract: ContractChecker): Verdict[] {
  const { answer } = exchange;
  if (exchange.intent === "unknown-route") return unknownRouteAnswer(answer);
  // This server line has no such route: nothing to judge, the spec says so.
  if (exchange.intent === "optional-route" && isWebPage(answer)) return [];
  const verdicts: Verdict[] = [{ check: "not-a-server-error", problem: serverError(op, answer) }];
  if (answer.error) return verdicts;
  const type = mediaType(answer.contentType);
  verdicts.push({
    check: "content-type-conformance",
    problem: op.answerTypes.includes(type)
      ? undefined
      : { path: "Content-Type", expected: op.answerTypes.join(" or ") || "none", actual: answer.contentType || "none" },
  });
  if (answer.json === undefined || !op.answerTypes.includes("application/json")) return verdicts;
  const code = bodyCode(answer);
  verdicts.push({
    check: "code-conformance",
    problem:
      typeof code === "number" && op.codes.has(code)
        ? undefined
        : { path: "/code", expected: `one of ${[...op.codes].join(", ")}`, actual: showValue(code) },
  });
  const lines = contract.check(op.operationId, answer.status, answer.json);
  verdicts.push({
    check: "response-schema-conformance",
    problem: lines.length === 0 ? undefined : splitViolation(lines),
  });
  return verdicts;
}

/** `"/data/size: expected integer, got \"1\""` -> its parts (the others follow in `actual`). */
function splitViolation(lines: string[]): Verdict["problem"] {
  const [first = "", ...rest] = lines;
  const match = /^(.*?): expected (.*), got (.*)$/.exec(first);
  const more = rest.length > 0 ? ` (+${rest.length} more: ${rest.join("; ")})` : "";
  if (!match) return { path: "/", expected: "the schema", actual: `${first}${more}` };
  return { path: match[1] ?? "/", expected: match[2] ?? "", actual: `${match[3] ?? ""}${more}` };
}

/** What the case's intent adds: did the server accept, refuse, or guard as it should? */
export function judgeIntent(op: OperationModel, exchange: Exchange): Verdict | undefined {
  const code = bodyCode(exchange.answer);
  const got =
    exchange.answer.json === undefined
      ? `HTTP ${exchange.answer.status} ${mediaType(exchange.answer.contentType) || "no body"}`
      : `code ${showValue(code)}`;
  const message = (exchange.answer.json as { message?: unknown } | undefined)?.message;
  const actual = typeof message === "string" && message ? `${got} "${message}"` : got;
  const problem = (expected: string) => ({ path: "/code", expected, actual });
  switch (exchange.intent) {
    case "optional-route":
      if (isWebPage(exchange.answer)) return undefined;
      return { check: "positive-data-acceptance", ...(code === 200 ? {} : { problem: problem("200") }) };
    case "positive":
      return { check: "positive-data-acceptance", ...(code === 200 ? {} : { problem: problem("200") }) };
    case "negative":
      // Refused at all is this check; whether the code is documented is code-conformance's.
      return {
        check: "negative-data-rejection",
        ...(typeof code === "number" && code !== 200 ? {} : { problem: problem("a refusal (code other than 200)") }),
      };
    case "no-token":
      if (op.isPublic || op.guestAllowed) return undefined;
      return {
        check: "ignored-auth",
        ...(typeof code === "number" && code !== 200 ? {} : { problem: problem("401 (or 403 for a guest)") }),
      };
    case "bad-token":
      if (op.isPublic) return undefined;
      return { check: "ignored-auth", ...(code === 401 ? {} : { problem: problem("401") }) };
    case "gone":
      return {
        check: "use-after-free",
        ...(code === 500 && /not found/i.test(String(message)) ? {} : { problem: problem('500 "object not found"') }),
      };
    case "present":
      return { check: "resource-availability", ...(code === 200 ? {} : { problem: problem("200") }) };
    default:
      return undefined;
  }
}
