/** Reads the bundled spec snapshot, so tests follow the spec rather than repeat it. */
import { readFileSync } from "node:fs";
import {
  answerExamples as answerExamplesIn,
  type BundledSpec,
  mediaExamples as mediaExamplesIn,
  operation as operationIn,
  operations as operationsIn,
} from "@alist-toolkit/testkit";

export const spec = JSON.parse(
  readFileSync(new URL("../../src/generated/openapi.json", import.meta.url), "utf8"),
) as BundledSpec;

export const operations = () => operationsIn(spec);
export const operation = (operationId: string) => operationIn(spec, operationId);

/** The named examples of an operation's HTTP 200 answer in one media type. */
export const mediaExamples = (operationId: string, mediaType: string) => mediaExamplesIn(spec, operationId, mediaType);

/** The named answer examples of an operation, split into the success ones and the errors. */
export const answerExamples = (operationId: string) => answerExamplesIn(spec, operationId);
