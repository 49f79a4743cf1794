// What user code notices: the client's generated types for both specs, as a unified diff. The
// types come from this checkout's client generator (run on each bundled spec), so the diff shows
// only what the spec change causes, and a repository being judged needs no install of its own.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createTwoFilesPatch } from "diff";
import { SpecDiffError } from "./errors.js";

const run = promisify(execFile);

// src/ and dist/ sit at the same depth, so this resolves from the sources and from the bundle.
const GENERATOR = fileURLToPath(new URL("../../client/scripts/generate.mjs", import.meta.url));

/**
 * Generated types by the bundled spec's content: one process (the tests, a job judging several
 * changes against one base) often asks for the same base many times, and the generator takes
 * seconds. A failed run is not kept.
 */
const typesByContent = new Map<string, Promise<string>>();

async function typesOf(specPath: string): Promise<string> {
  const key = createHash("sha256")
    .update(await readFile(specPath))
    .digest("hex");
  let types = typesByContent.get(key);
  if (!types) {
    types = generateTypes(specPath);
    typesByContent.set(key, types);
    types.catch(() => typesByContent.delete(key));
  }
  return types;
}

async function generateTypes(specPath: string): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [GENERATOR, "--types-of", specPath], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    throw new SpecDiffError(`generating types for ${specPath} failed: ${stderr.split("\n")[0] ?? ""}`);
  }
}

/** The unified diff of the generated schema.ts, empty when the types are the same. */
export async function typesDiff(beforeSpec: string, afterSpec: string, labels: [string, string]) {
  const [before, after] = await Promise.all([typesOf(beforeSpec), typesOf(afterSpec)]);
  if (before === after) return "";
  return createTwoFilesPatch(`schema.ts (${labels[0]})`, `schema.ts (${labels[1]})`, before, after, "", "", {
    context: 3,
  })
    .split("\n")
    .filter((line) => !line.startsWith("====="))
    .join("\n");
}
