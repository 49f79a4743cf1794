/** The suite's named checks. The ids are stable: CI filters (`--checks`) and reports use them. */

export const CHECKS = {
  "not-a-server-error": "the answer is the API: no HTML page, empty 5xx, truncated JSON or Go panic text",
  "code-conformance": "the in-body `code` is one the operation documents",
  "content-type-conformance": "the Content-Type is one the spec declares for the answer",
  "response-schema-conformance": "the body matches the spec's schema for its `code`",
  "negative-data-rejection":
    "a request the spec forbids (missing or mistyped field, `..`, unknown task type) is refused",
  "positive-data-acceptance": "a valid request is accepted (code 200)",
  "use-after-free": "what was removed or renamed away is gone (fs/get: object not found)",
  "resource-availability": "what was created shows up (fs/get, fs/list with refresh)",
  "ignored-auth": "no token or a bad token is refused (401), unless the operation is public",
} as const;

export type CheckId = keyof typeof CHECKS;
export const CHECK_IDS = Object.keys(CHECKS) as CheckId[];

export function isCheckId(value: string): value is CheckId {
  return Object.hasOwn(CHECKS, value);
}
