/**
 * How a real AList reads a request that breaks the spec (the default `refusals: "server"`), as
 * the recorded answers of real servers show: an unknown path parameter (a task type) is an
 * unknown route (the web page); a JSON value of the wrong type is code 400 from Go's decoder; a
 * missing field or header is read as its zero value ("" / 0 / [] / false) and the handler
 * decides (a missing path is "/", which has no storage); other constraints (minimum, enum,
 * minLength) are not the decoder's and reach the handler as sent.
 */
import type { ErrorObject } from "ajv";

export type Reading =
  | { kind: "handle"; body: unknown; headers: Record<string, string> }
  | { kind: "refuse"; message: string }
  | { kind: "web-page" };

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
};

/** Whether the errors include an unknown path parameter: the server has no such route. */
export function unknownRoute(errors: ErrorObject[]): boolean {
  return errors.some((error) => error.instancePath.startsWith("/path/"));
}

function jsonKind(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}

function goType(type: unknown): string {
  const name = Array.isArray(type) ? type[0] : type;
  return (
    { integer: "int", number: "float64", boolean: "bool", array: "[]interface {}", object: "struct" }[String(name)] ??
    String(name)
  );
}

function at(root: unknown, pointer: string): unknown {
  let value = root;
  for (const part of pointer.split("/").filter(Boolean)) value = (value as Record<string, unknown> | undefined)?.[part];
  return value;
}

function zeroOf(schema: Schema | undefined): unknown {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  if (type === "string") return "";
  if (type === "integer" || type === "number") return 0;
  if (type === "boolean") return false;
  if (type === "array") return [];
  return {};
}

function propertySchema(schema: Schema | undefined, name: string): Schema | undefined {
  if (!schema) return undefined;
  if (schema.properties?.[name]) return schema.properties[name];
  for (const part of [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    const found = propertySchema(part, name);
    if (found) return found;
  }
  return undefined;
}

function schemaAt(schema: Schema | undefined, pointer: string): Schema | undefined {
  let current = schema;
  for (const part of pointer.split("/").filter(Boolean)) {
    current = /^\d+$/.test(part) ? current?.items : propertySchema(current, part);
  }
  return current;
}

export function readAsServer(
  errors: ErrorObject[],
  body: unknown,
  headers: Record<string, string>,
  bodySchema: Schema | undefined,
): Reading {
  if (unknownRoute(errors)) return { kind: "web-page" };
  const inBody = (error: ErrorObject) => error.instancePath.replace(/^\/requestBody/, "");
  const typeError = errors.find((error) => error.keyword === "type" && error.instancePath.startsWith("/requestBody"));
  if (typeError) {
    const where = inBody(typeError);
    if (where === "") return { kind: "refuse", message: "invalid request format" };
    const field = where.split("/").filter((part) => part !== "" && !/^\d+$/.test(part));
    return {
      kind: "refuse",
      message: `json: cannot unmarshal ${jsonKind(at(body, where))} into Go struct field ${field.join(".")} of type ${goType(typeError.params.type)}`,
    };
  }
  const filled = structuredClone(body ?? {}) as Record<string, unknown>;
  const filledHeaders = { ...headers };
  for (const error of errors) {
    if (error.keyword !== "required") continue;
    const missing = String(error.params.missingProperty);
    if (error.instancePath === "/header") {
      if (missing !== "content-length") filledHeaders[missing] = "";
    } else if (error.instancePath.startsWith("/requestBody")) {
      const where = inBody(error);
      const parent = where === "" ? filled : at(filled, where);
      if (parent && typeof parent === "object" && !Array.isArray(parent)) {
        (parent as Record<string, unknown>)[missing] = zeroOf(propertySchema(schemaAt(bodySchema, where), missing));
      }
    }
  }
  return { kind: "handle", body: filled, headers: filledHeaders };
}
