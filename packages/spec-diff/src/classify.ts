// Turns one structural difference (from api-smart-diff, which follows $refs and matches
// parameters, enum values and required names by value) into our rules, by where it sits in the
// document: an operation, a parameter, a request body, a response, a component.
import { type Change, change } from "./change.js";
import { asObject, at, type JsonPath, toPointer } from "./json-path.js";
import { type SchemaContext, type SchemaDiff, type Side, schemaChanges } from "./schema-rules.js";

const METHODS = new Set(["get", "put", "post", "delete", "options", "head", "patch", "trace"]);
const DOCS = new Set(["summary", "description", "tags", "externalDocs", "examples", "example"]);

function mediaSuffix(mediaType: string): string {
  return mediaType === "application/json" ? "" : ` (${mediaType})`;
}

function unclassified(place: string, d: SchemaDiff, what: string): Change {
  return change("schema-change-unclassified", place, toPointer(d.path), `${what} ${d.action}`);
}

function schemaIn(side: Side, place: string, root: JsonPath, before: unknown, after: unknown, d: SchemaDiff): Change[] {
  const ctx: SchemaContext = { side, place, root, before, after };
  return schemaChanges(ctx, d);
}

function wasRequired(d: SchemaDiff): [boolean, boolean] {
  const b = d.action === "add" ? false : d.before === true;
  const a = d.action === "remove" ? false : d.after === true;
  return [b, a];
}

function parameterChanges(op: string, base: JsonPath, d: SchemaDiff, before: unknown, after: unknown): Change[] {
  const [index, field, ...rest] = d.path.slice(base.length);
  const own = [...base, index as number];
  // A parameter added as a whole is indexed in the new document; everything else in the old one.
  const param = asObject(d.action === "add" && field === undefined ? d.after : at(before, own)) ?? {};
  const place = `${op} parameter ${String(param.in)} ${String(param.name)}`;
  const pointer = toPointer(d.path);
  if (field === undefined) {
    if (d.action === "add")
      return [
        change(
          param.required === true ? "request-parameter-required-added" : "request-parameter-added",
          place,
          pointer,
        ),
      ];
    if (d.action === "remove") return [change("request-parameter-removed", place, pointer)];
    return [unclassified(place, d, "parameter")];
  }
  if (field === "required") {
    const [b, a] = wasRequired(d);
    if (!b && a) return [change("request-parameter-made-required", place, pointer)];
    if (b && !a) return [change("request-parameter-made-optional", place, pointer)];
    return [];
  }
  if (field === "schema") return schemaIn("request", place, [...own, "schema"], before, after, d);
  if (field === "content" && rest[1] === "schema")
    return schemaIn("request", place, [...own, "content", rest[0] as string, "schema"], before, after, d);
  if (DOCS.has(String(field)) || field === "deprecated") return [];
  return [unclassified(place, d, String(field))];
}

function requestBodyChanges(op: string, base: JsonPath, d: SchemaDiff, before: unknown, after: unknown): Change[] {
  const [field, mediaType, part] = d.path.slice(base.length);
  const pointer = toPointer(d.path);
  const place = `${op} request body${mediaType === undefined ? "" : mediaSuffix(String(mediaType))}`;
  if (field === undefined) {
    if (d.action === "add")
      return [
        change(
          asObject(d.after)?.required === true ? "request-body-required-added" : "request-body-added",
          place,
          pointer,
        ),
      ];
    if (d.action === "remove") return [change("request-body-removed", place, pointer)];
    return [unclassified(place, d, "request body")];
  }
  if (field === "required") {
    const [b, a] = wasRequired(d);
    if (!b && a) return [change("request-body-made-required", place, pointer)];
    if (b && !a) return [change("request-body-made-optional", place, pointer)];
    return [];
  }
  if (field === "content" && mediaType !== undefined && part === undefined) {
    if (d.action === "add") return [change("request-media-type-added", place, pointer)];
    if (d.action === "remove") return [change("request-media-type-removed", place, pointer)];
  }
  if (field === "content" && part === "schema")
    return schemaIn("request", place, [...base, "content", String(mediaType), "schema"], before, after, d);
  if (DOCS.has(String(field)) || DOCS.has(String(part))) return [];
  return [unclassified(place, d, "request body")];
}

function responseChanges(op: string, base: JsonPath, d: SchemaDiff, before: unknown, after: unknown): Change[] {
  const [status, field, mediaType, part] = d.path.slice(base.length);
  const pointer = toPointer(d.path);
  if (status === undefined) return [unclassified(`${op} responses`, d, "responses")];
  const place = `${op} response ${String(status)}${mediaType === undefined ? "" : mediaSuffix(String(mediaType))}`;
  if (field === undefined) {
    if (d.action === "add") return [change("response-added", place, pointer)];
    if (d.action === "remove") return [change("response-removed", place, pointer)];
    return [unclassified(place, d, "response")];
  }
  if (field === "content" && mediaType !== undefined && part === undefined) {
    if (d.action === "add") return [change("response-media-type-added", place, pointer)];
    if (d.action === "remove") return [change("response-media-type-removed", place, pointer)];
  }
  if (field === "content" && part === "schema")
    return schemaIn(
      "response",
      place,
      [...base, String(status), "content", String(mediaType), "schema"],
      before,
      after,
      d,
    );
  // Examples are read by the AList rules (codes and named error examples), not here.
  if (DOCS.has(String(field)) || DOCS.has(String(part))) return [];
  return [unclassified(place, d, String(field))];
}

function operationChanges(path: string, method: string, d: SchemaDiff, before: unknown, after: unknown): Change[] {
  const op = `${method.toUpperCase()} ${path}`;
  const base: JsonPath = ["paths", path, method];
  const [field] = d.path.slice(3);
  const pointer = toPointer(d.path);
  if (field === undefined) {
    // A path whose every operation is gone (or new) is reported as the path, per operation.
    const pathIn = (doc: unknown) => at(doc, ["paths", path]) !== undefined;
    if (d.action === "add") return [change(pathIn(before) ? "operation-added" : "path-added", op, pointer)];
    if (d.action === "remove") return [change(pathIn(after) ? "operation-removed" : "path-removed", op, pointer)];
    return [unclassified(op, d, "operation")];
  }
  if (field === "operationId") {
    if (d.action === "add") return [change("operation-id-added", op, pointer, String(d.after))];
    if (d.action === "remove") return [change("operation-id-removed", op, pointer, String(d.before))];
    return [change("operation-id-renamed", op, pointer, `${String(d.before)} -> ${String(d.after)}`)];
  }
  if (field === "deprecated") return d.after === true ? [change("operation-deprecated", op, pointer)] : [];
  if (field === "parameters") return parameterChanges(op, [...base, "parameters"], d, before, after);
  if (field === "requestBody") return requestBodyChanges(op, [...base, "requestBody"], d, before, after);
  if (field === "responses") return responseChanges(op, [...base, "responses"], d, before, after);
  if (DOCS.has(String(field)) || String(field).startsWith("x-")) return [];
  return [unclassified(op, d, String(field))];
}

function methodsOf(doc: unknown, path: string): string[] {
  return Object.keys(asObject(at(doc, ["paths", path])) ?? {}).filter((m) => METHODS.has(m));
}

export function classify(d: SchemaDiff, before: unknown, after: unknown): Change[] {
  const [top, key, method] = d.path;
  if (top === "paths" && key === undefined && d.action === "rename") {
    // A path renamed (e.g. a path parameter's name): the old typed path is gone, the new one is new.
    const [oldPath, newPath] = [String(d.before), String(d.after)];
    return [
      ...methodsOf(before, oldPath).map((m) =>
        change("path-removed", `${m.toUpperCase()} ${oldPath}`, toPointer(["paths", oldPath, m]), `now ${newPath}`),
      ),
      ...methodsOf(after, newPath).map((m) =>
        change("path-added", `${m.toUpperCase()} ${newPath}`, toPointer(["paths", newPath, m]), `was ${oldPath}`),
      ),
    ];
  }
  if (top === "paths" && typeof key === "string") {
    if (method === undefined) {
      // A whole path item: one change per operation it holds.
      const doc = d.action === "add" ? after : before;
      const rule = d.action === "add" ? "path-added" : "path-removed";
      return methodsOf(doc, key).map((m) => change(rule, `${m.toUpperCase()} ${key}`, toPointer(["paths", key, m])));
    }
    if (method === "parameters")
      return methodsOf(after, key).flatMap((m) =>
        parameterChanges(`${m.toUpperCase()} ${key}`, ["paths", key, "parameters"], d, before, after),
      );
    if (typeof method === "string" && METHODS.has(method)) return operationChanges(key, method, d, before, after);
    return [];
  }
  if (
    top === "components" &&
    (key === undefined || key === "schemas") &&
    d.path.length <= 3 &&
    d.action !== "replace"
  ) {
    // One schema, or all of them when `components` (or `schemas`) itself came or went.
    const value = d.action === "add" ? d.after : d.before;
    const names =
      d.path.length === 3
        ? [String(method)]
        : Object.keys(asObject(d.path.length === 1 ? asObject(value)?.schemas : value) ?? {});
    const rule = d.action === "add" ? "component-schema-added" : "component-schema-removed";
    return names.map((name) => change(rule, `components.schemas.${name}`, toPointer(["components", "schemas", name])));
  }
  // Other components are judged where operations use them; info, tags and servers are documentation.
  return [];
}
