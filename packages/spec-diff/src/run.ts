// One comparison, start to end: pick the base, extract and bundle both specs, classify the
// changes, render the generated-type diff and judge the result against the acknowledgements.
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ALLOW_LIST, judge, parseAllowList, type Verdict } from "./acknowledge.js";
import { bundle } from "./bundle.js";
import type { Change } from "./change.js";
import { compareSpecs } from "./compare.js";
import { SpecDiffError } from "./errors.js";
import { commitOf, defaultBase, extractSpec, fileAt, repoRoot } from "./git.js";
import { typesDiff } from "./types-diff.js";

export interface RunOptions {
  cwd: string;
  /** A commit-ish; default: see defaultBase. */
  base?: string;
  /** A commit-ish to compare instead of the working tree. */
  head?: string;
  /** Whether to render the generated-type diff (it runs the generator twice), given the verdict. */
  types: (passed: boolean) => boolean;
}

export interface Side {
  /** Short commit id, or "working tree". */
  label: string;
  commit: string | null;
  why: string;
}

export interface Report {
  base: Side;
  head: Side;
  changes: Change[];
  verdict: Verdict;
  /** Unified diff of the generated types; null when not asked for, "" when they are the same. */
  typesDiff: string | null;
}

function versionIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  try {
    const version = (JSON.parse(text) as { version?: unknown }).version;
    return typeof version === "string" ? version : undefined;
  } catch {
    return undefined;
  }
}

async function readIfThere(path: string): Promise<string | undefined> {
  return existsSync(path) ? readFile(path, "utf8") : undefined;
}

/**
 * Bundled specs of commits, by commit: what a commit holds never changes, and one process (the
 * tests, a job judging several changes) often judges against the same base. A failure is not kept.
 */
const bundledCommits = new Map<string, Promise<string>>();

/** The commit's spec bundled into `outPath`, from the cache when this process bundled it before. */
async function bundleCommit(root: string, commit: string, dir: string, outPath: string): Promise<object> {
  const key = `${root}\0${commit}`;
  let text = bundledCommits.get(key);
  if (!text) {
    text = extractSpec(root, commit, dir)
      .then((spec) => bundle(spec, outPath))
      .then(() => readFile(outPath, "utf8"));
    bundledCommits.set(key, text);
    text.catch(() => bundledCommits.delete(key));
    await text;
  } else {
    await writeFile(outPath, await text);
  }
  return JSON.parse(await text) as object;
}

export async function runDiff(options: RunOptions): Promise<Report> {
  const root = await repoRoot(options.cwd);
  const choice = options.base
    ? { ref: await commitOf(root, options.base), why: options.base }
    : await defaultBase(root);
  const baseCommit = await commitOf(root, choice.ref);
  const headCommit = options.head ? await commitOf(root, options.head) : null;
  const base: Side = { label: baseCommit.slice(0, 7), commit: baseCommit, why: choice.why };
  const head: Side = headCommit
    ? { label: headCommit.slice(0, 7), commit: headCommit, why: options.head ?? "" }
    : { label: "working tree", commit: null, why: "working tree" };

  const tmp = await mkdtemp(join(tmpdir(), "spec-diff-"));
  try {
    const [beforeJson, afterJson] = [join(tmp, "base.json"), join(tmp, "head.json")];
    const workingSpec = join(root, "spec/openapi.yaml");
    if (!headCommit && !existsSync(workingSpec)) throw new SpecDiffError(`no spec at ${workingSpec}`);
    const [before, after] = await Promise.all([
      bundleCommit(root, baseCommit, join(tmp, "base"), beforeJson),
      headCommit ? bundleCommit(root, headCommit, join(tmp, "head"), afterJson) : bundle(workingSpec, afterJson),
    ]);
    const changes = compareSpecs(before, after);

    const allowText = headCommit
      ? await fileAt(root, headCommit, ALLOW_LIST)
      : await readIfThere(join(root, ALLOW_LIST));
    const clientPackage = "packages/client/package.json";
    const from = versionIn(await fileAt(root, baseCommit, clientPackage));
    const to = versionIn(
      headCommit ? await fileAt(root, headCommit, clientPackage) : await readIfThere(join(root, clientPackage)),
    );
    const verdict = judge(changes, parseAllowList(allowText), from, to);
    const types = options.types(verdict.pass) ? await typesDiff(beforeJson, afterJson, [base.label, head.label]) : null;
    return { base, head, changes, verdict, typesDiff: types };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}
