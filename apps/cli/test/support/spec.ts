/** The bundled spec the client ships: the CLI's tests walk its named examples. */
import { createRequire } from "node:module";
import { type BundledSpec, answerExamples as examplesIn } from "@alist-toolkit/testkit";

const spec = createRequire(import.meta.url)("@alist-toolkit/client/openapi.json") as BundledSpec;

export const answerExamples = (operationId: string) => examplesIn(spec, operationId);

/** The exit code the CLI documents for a server answer with this `code`. */
export const exitCodeFor = (code: number) => (code === 401 || code === 402 || code === 429 ? 3 : 1);
