/** The bundled spec the client ships: the CLI's tests walk its named examples. */
import { createRequire } from "node:module";
import { type BundledSpec, answerExamples as examplesIn } from "@alist-toolkit/testkit";

const spec = createRequire(import.meta.url)("@alist-toolkit/client/openapi.json") as BundledSpec;

export const answerExamples = (operationId: string) => examplesIn(spec, operationId);

/**
 * The exit code the CLI documents for a server answer with this `code`: 3 for authentication,
 * which at login includes code 400 (alist v3.45's wrong user name or password).
 */
export const exitCodeFor = (code: number, what = "") =>
  code === 401 || code === 402 || code === 429 || (code === 400 && what === "login") ? 3 : 1;
