/**
 * Negative cases built from each operation's request schema and harmless template: each
 * required field missing, each field with a wrong type, `..` in each path field, an unknown
 * task type. Plus the auth cases: no token and a bad token.
 */

import type { CaseRequest } from "../session.js";
import type { SchemaNode } from "../spec-model.js";
import type { FlowContext } from "./context.js";
import { type Template, UNSAFE_OMISSIONS } from "./templates.js";

const PATH_FIELDS = new Set(["path", "dir", "src_dir", "dst_dir", "parent"]);
const LOGIN_OPERATIONS = new Set(["login", "loginHash"]);

function wrongValue(schema: SchemaNode | undefined): unknown {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (type === "string") return 12345;
  if (type === "integer" || type === "number" || type === "boolean") return "not-a-number";
  if (type === "array" || type === "object") return "not-a-list";
  return undefined;
}

export function negativeCases(ctx: FlowContext, operationId: string, template: Template): CaseRequest[] {
  const op = ctx.session.config.model.get(operationId);
  const cases: CaseRequest[] = [];
  const schema = op.requestSchema;
  const body = template.body as Record<string, unknown> | undefined;
  if (schema?.type === "object" && body && typeof body === "object" && !Array.isArray(body)) {
    // Fields the spec marks as required by its meaning but not checked by the servers.
    const unenforced = new Set((schema["x-unenforced-required"] as string[] | undefined) ?? []);
    for (const field of schema.required ?? []) {
      if (UNSAFE_OMISSIONS[operationId]?.includes(field)) continue;
      const { [field]: _omitted, ...rest } = body;
      const intent = unenforced.has(field) ? "lenient" : "negative";
      cases.push({ ...template, label: `missing ${field}`, intent, body: rest });
    }
    for (const [field, property] of Object.entries(schema.properties ?? {})) {
      const wrong = wrongValue(ctx.session.config.model.resolve(property));
      if (wrong === undefined || !(field in body)) continue;
      cases.push({
        ...template,
        label: `${field} of the wrong type`,
        intent: "negative",
        body: { ...body, [field]: wrong },
      });
    }
    for (const field of Object.keys(body).filter((name) => PATH_FIELDS.has(name))) {
      const relative = `${ctx.sandbox.path}/../${ctx.sandbox.name}`;
      const property = ctx.session.config.model.resolve(schema.properties?.[field]);
      const intent = property?.["x-relative-path-accepted"] === true ? "lenient" : "negative";
      cases.push({ ...template, label: `.. in ${field}`, intent, body: { ...body, [field]: relative } });
    }
  }
  if (Array.isArray(template.body) && op.requestSchema?.type === "array") {
    cases.push({ ...template, label: "body of the wrong type", intent: "negative", body: { ids: template.body } });
  }
  if (template.headers?.["File-Path"]) {
    const relative = encodeURIComponent(`${ctx.sandbox.path}/../${ctx.sandbox.name}/x.txt`);
    cases.push({
      ...template,
      label: ".. in File-Path",
      intent: "negative",
      headers: { ...template.headers, "File-Path": relative },
    });
    const { "File-Path": _omitted, ...rest } = template.headers;
    cases.push({ ...template, label: "missing File-Path", intent: "negative", headers: rest });
  }
  if (template.params?.type) {
    cases.push({
      ...template,
      label: "unknown task type",
      intent: "unknown-route",
      params: { ...template.params, type: "no-such-type" },
    });
  }
  return cases;
}

/** Sends the negative cases; failed logins are limited to what the budget allows. */
export async function runNegatives(ctx: FlowContext, operationId: string, template: Template): Promise<void> {
  let cases = negativeCases(ctx, operationId, template);
  if (LOGIN_OPERATIONS.has(operationId)) {
    // The template names a user that does not exist: no real account gets closer to a lockout.
    cases = [{ ...template, label: "unknown user", intent: "negative" }, ...cases];
    const allowed = cases.slice(0, Math.max(0, ctx.loginBudget.left));
    ctx.loginBudget.left -= allowed.length;
    if (allowed.length < cases.length) {
      ctx.session.skip(
        operationId,
        ["negative-data-rejection"],
        "at most 2 failed logins per run (AList locks an address out after 5)",
      );
    }
    cases = allowed;
  }
  for (const c of cases) await ctx.session.call(operationId, c);
}

export async function runAuthCases(ctx: FlowContext, operationId: string, template: Template): Promise<void> {
  const op = ctx.session.config.model.get(operationId);
  if (op.isPublic) {
    ctx.session.skip(operationId, ["ignored-auth"], "public operation: no token needed (security: [])");
    return;
  }
  await ctx.session.call(operationId, { ...template, label: "no token", intent: "no-token", auth: "none" });
  await ctx.session.call(operationId, { ...template, label: "bad token", intent: "bad-token", auth: "bad" });
}
