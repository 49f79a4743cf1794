/**
 * The embedded spec: the client's bundled snapshot (`@alist-toolkit/client/openapi.json`).
 * The mock serves it and every answer is checked against it, so both agree by construction.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

import type { OpenApiDocument } from "@alist-toolkit/client/spec-walk";

export type { OpenApiDocument };

/** The file the client package ships its bundled spec in. */
export function embeddedSpecPath(): string {
  return createRequire(import.meta.url).resolve("@alist-toolkit/client/openapi.json");
}

export function loadEmbeddedSpec(): OpenApiDocument {
  return JSON.parse(readFileSync(embeddedSpecPath(), "utf8")) as OpenApiDocument;
}
