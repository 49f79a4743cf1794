// Reading the repository: which commit to compare against, and the spec tree at a commit.
import { execFile, spawn } from "node:child_process";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import { SpecDiffError } from "./errors.js";

const run = promisify(execFile);

export async function git(cwd: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run("git", args, { cwd, maxBuffer: 64 * 1024 * 1024 });
    return stdout.trim();
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? "").trim();
    throw new SpecDiffError(`git ${args.join(" ")}: ${stderr.split("\n")[0] || (error as Error).message}`);
  }
}

async function tryGit(cwd: string, args: string[]): Promise<string | undefined> {
  try {
    return await git(cwd, args);
  } catch {
    return undefined;
  }
}

export async function repoRoot(cwd: string): Promise<string> {
  const root = await tryGit(cwd, ["rev-parse", "--show-toplevel"]);
  if (!root) throw new SpecDiffError(`not inside a git repository: ${cwd}`);
  return root;
}

/** The full commit id of `ref`, or a clear error when it names no commit. */
export async function commitOf(root: string, ref: string): Promise<string> {
  const sha = await tryGit(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!sha) throw new SpecDiffError(`no such commit: ${ref}`);
  return sha;
}

export interface BaseChoice {
  ref: string;
  why: string;
}

/**
 * The default base: the merge base with main (local `main`, else `origin/main`). When that is
 * HEAD itself (on main, or a branch with no commits of its own), the previous commit when spec/ is
 * clean, or HEAD when spec/ has uncommitted edits (those are what to judge).
 */
export async function defaultBase(root: string): Promise<BaseChoice> {
  const head = await commitOf(root, "HEAD");
  let mainRef: string | undefined;
  for (const candidate of ["main", "origin/main"]) {
    if (await tryGit(root, ["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`])) {
      mainRef = candidate;
      break;
    }
  }
  const mergeBase = mainRef ? await tryGit(root, ["merge-base", "HEAD", mainRef]) : undefined;
  if (mergeBase && mergeBase !== head) return { ref: mergeBase, why: `merge base with ${mainRef}` };
  const dirty = (await git(root, ["status", "--porcelain", "--", "spec"])) !== "";
  if (dirty) return { ref: head, why: "HEAD; spec/ has uncommitted changes" };
  const parent = await tryGit(root, ["rev-parse", "--verify", "--quiet", "HEAD~1^{commit}"]);
  if (!parent) throw new SpecDiffError("HEAD has no parent commit to compare with; name a BASE");
  return { ref: parent, why: mainRef ? `previous commit; HEAD is part of ${mainRef}` : "previous commit" };
}

/** Writes the `spec/` tree of `commit` under `dir` (as dir/spec/...). */
export async function extractSpec(root: string, commit: string, dir: string): Promise<string> {
  const listing = await git(root, ["ls-tree", "--name-only", commit, "spec/openapi.yaml"]);
  if (listing === "") throw new SpecDiffError(`${commit.slice(0, 12)} has no spec/openapi.yaml`);
  await mkdir(dir, { recursive: true });
  await new Promise<void>((resolve, reject) => {
    const archive = spawn("git", ["archive", "--format=tar", commit, "spec"], { cwd: root });
    const tar = spawn("tar", ["-x", "-C", dir]);
    archive.stdout.pipe(tar.stdin);
    let stderr = "";
    archive.stderr.on("data", (b) => {
      stderr += b;
    });
    tar.stderr.on("data", (b) => {
      stderr += b;
    });
    tar.on("error", (e) => reject(new SpecDiffError(`tar: ${e.message}`)));
    tar.on("close", (code) =>
      code === 0 ? resolve() : reject(new SpecDiffError(`extracting spec/ of ${commit}: ${stderr.trim()}`)),
    );
  });
  return join(dir, "spec", "openapi.yaml");
}

/** A file's content at a commit, or undefined when it is not there. */
export async function fileAt(root: string, commit: string, path: string): Promise<string | undefined> {
  return tryGit(root, ["show", `${commit}:${path}`]);
}
