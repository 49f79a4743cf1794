// The rule catalogue: every change the gate reports has one of these ids. Ids are stable: the
// allow-list (spec/breaking-changes.yaml) and CI comments refer to them.

export type Level = "breaking-client" | "breaking-server" | "safe";

export interface Rule {
  level: Level;
  /** Who notices the change, in a few words. */
  affects: string;
  title: string;
}

const client = (title: string, affects: string): Rule => ({ level: "breaking-client", affects, title });
const server = (title: string, affects: string): Rule => ({ level: "breaking-server", affects, title });
const safe = (title: string, affects: string): Rule => ({ level: "safe", affects, title });

const CALLERS = "clients: code calling it no longer compiles or is refused";
const READERS = "clients: code reading the answer may no longer compile or may misread it";
const SENDERS = "clients: a request that was valid may now be refused";
const SERVERS = "servers: the spec now demands more than a server may do";

export const RULES = {
  "path-removed": client("path removed", CALLERS),
  "operation-removed": client("operation removed", CALLERS),
  "operation-id-removed": client("operationId removed", "clients: the typed call named after it is gone"),
  "operation-id-renamed": client("operationId renamed", "clients: the typed call named after it is gone"),
  "response-removed": client("response status removed", READERS),
  "response-media-type-removed": client("response media type removed", READERS),
  "response-property-removed": client("response property removed", READERS),
  "response-property-made-optional": client("response property made optional", READERS),
  "response-property-made-nullable": client("response property made nullable", READERS),
  "response-type-widened": client("response type widened", READERS),
  "response-type-changed": client("response type changed", READERS),
  "response-enum-value-removed": client("response enum value removed", READERS),
  "response-variant-added": client("response oneOf/anyOf variant added", READERS),
  "request-parameter-required-added": client("new required parameter", SENDERS),
  "request-parameter-made-required": client("parameter made required", SENDERS),
  "request-parameter-removed": client("parameter removed", SENDERS),
  "request-body-required-added": client("new required request body", SENDERS),
  "request-body-made-required": client("request body made required", SENDERS),
  "request-body-removed": client("request body removed", SENDERS),
  "request-media-type-removed": client("request media type removed", SENDERS),
  "request-property-required-added": client("new required request body field", SENDERS),
  "request-property-made-required": client("request body field made required", SENDERS),
  "request-property-removed": client("request body field removed", SENDERS),
  "request-type-narrowed": client("request type narrowed", SENDERS),
  "request-type-changed": client("request type changed", SENDERS),
  "request-enum-value-removed": client("request enum value removed", SENDERS),
  "request-constraint-tightened": client("request constraint tightened", SENDERS),
  "request-variant-removed": client("request oneOf/anyOf variant removed", SENDERS),
  "component-schema-removed": client(
    "component schema removed",
    "clients: code naming components['schemas'][...] no longer compiles",
  ),
  "alist-error-example-removed": client(
    "named error example removed",
    "clients and tests that pick it from the mock with Prefer: example=NAME",
  ),

  "response-property-made-required": server("response property made required", SERVERS),
  "response-property-made-non-nullable": server("response property no longer nullable", SERVERS),
  "response-type-narrowed": server("response type narrowed", SERVERS),
  "response-variant-removed": server("response oneOf/anyOf variant removed", SERVERS),
  "response-constraint-tightened": server("response constraint tightened", SERVERS),
  "request-parameter-made-optional": server("parameter made optional", "servers: must now cope without it"),
  "request-body-made-optional": server("request body made optional", "servers: must now cope without it"),
  "request-property-made-optional": server("request body field made optional", "servers: must now cope without it"),
  "alist-code-removed": server(
    "in-body code no longer documented",
    "servers: one still answering with it fails the contract suite",
  ),

  "path-added": safe("path added", "nobody (new calls)"),
  "operation-added": safe("operation added", "nobody (new calls)"),
  "operation-id-added": safe("operationId added", "nobody"),
  "operation-deprecated": safe("operation deprecated", "clients: plan to move off it"),
  "response-added": safe("response status added", "nobody"),
  "response-media-type-added": safe("response media type added", "nobody"),
  "response-property-added": safe("response property added", "nobody (clients may read it)"),
  "response-enum-value-added": safe("response enum value added", "clients that switch over every value"),
  "response-constraint-loosened": safe("response constraint loosened", "clients relying on the old bound"),
  "request-parameter-added": safe("optional parameter added", "servers: must accept it"),
  "request-body-added": safe("optional request body added", "servers: must accept it"),
  "request-media-type-added": safe("request media type added", "servers: must accept it"),
  "request-property-added": safe("optional request body field added", "servers: must accept it"),
  "request-type-widened": safe("request type widened", "servers: must accept the wider type"),
  "request-enum-value-added": safe("request enum value added", "servers: must accept the new value"),
  "request-constraint-loosened": safe("request constraint loosened", "servers: must accept more"),
  "request-variant-added": safe("request oneOf/anyOf variant added", "servers: must accept it"),
  "component-schema-added": safe("component schema added", "nobody"),
  "alist-code-added": safe("in-body code documented", "clients: one more code to handle (AlistError carries it)"),
  "alist-error-example-added": safe("named error example added", "nobody (the mock can answer with it)"),
  "schema-change-unclassified": safe("other schema change (review it)", "review the generated-type diff"),
} satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export function ruleOf(id: RuleId): Rule {
  return RULES[id];
}
