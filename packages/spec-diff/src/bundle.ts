// Bundling a multi-file spec into one JSON document with Redocly's CLI (as `pnpm generate` does).
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { SpecDiffError } from "./errors.js";

const run = promisify(execFile);

function redoclyCli(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("@redocly/cli/package.json")), "bin", "cli.js");
}

/** Bundles `specPath` into `outPath` (JSON, `$ref`s to components kept) and returns the document. */
export async function bundle(specPath: string, outPath: string): Promise<object> {
  try {
    await run(process.execPath, [redoclyCli(), "bundle", specPath, "--ext", "json", "-o", outPath], {
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "");
    const line = stderr.split("\n").find((l) => /error|cannot|can't|not found/i.test(l)) ?? (error as Error).message;
    throw new SpecDiffError(`bundling ${specPath} failed: ${line.trim()}`);
  }
  return JSON.parse(await readFile(outPath, "utf8")) as object;
}
