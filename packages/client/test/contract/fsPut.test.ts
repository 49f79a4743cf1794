import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { AlistError } from "../../src/index.js";
import { mockClient } from "../support/clients.js";
import { answerExamples } from "../support/spec.js";

const { successes, errors } = answerExamples("fsPut");
const payload = () => Readable.from([Buffer.from("hello, alist\n")]);

describe("fsPut (PUT /api/fs/put), small bodies through the mock", () => {
  it.each(successes)("example %s: the upload result carries the task only when there is one", async (name, example) => {
    const data = example.value.data as { task?: unknown } | null;
    const result = await mockClient(name).upload(payload(), "/local/Backups/report 2024.pdf", {
      size: 13,
      asTask: data !== null,
      lastModified: 1715924875417,
    });
    expect(result.size).toBe(13);
    expect(result.task).toEqual(data?.task);
  });

  it.each(errors)("example %s: surfaces code and message as AlistError", async (name, example) => {
    const failure = await mockClient(name)
      .upload(payload(), "/local/a.txt", { size: 13 })
      .catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure).toMatchObject({
      code: example.value.code,
      serverMessage: example.value.message,
      operation: "fsPut",
    });
  });
});
