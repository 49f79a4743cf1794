/**
 * `alist get -r <remote-dir> [local-dir]`: downloads a folder tree, the mirror of put -r. Each
 * remote folder is listed once, parents first; local folders are made as the walk reaches them
 * (empty ones too), and the files come down a few at a time through the client's download (a
 * temp file renamed only when complete). A file whose local copy has the same size is skipped
 * unless --force; an existing file of another size is never replaced without --force. Names
 * from the server are checked before they become paths, and no symbolic link inside the target
 * is followed. A failed entry does not stop the others: the run ends with a summary and, if
 * any failed, exit code 4. An authentication failure stops everything at once.
 */
import { lstat, mkdir, realpath, stat } from "node:fs/promises";
import { join, posix } from "node:path";
import { describeFsError, LocalFileError, type Obj } from "@alist-toolkit/client";
import { UsageError } from "../command-errors.js";
import type { Context } from "../context.js";
import type { FailureScene } from "../failure-report.js";
import { withFolderPassword } from "../folder-password.js";
import { unsafeLocalName } from "../local-names.js";
import type { TreeProgress } from "../progress.js";
import type { GetOptions } from "../registration/get.js";
import { cleanRemotePath, joinRemotePath } from "../remote-paths.js";
import { reportTree, startTreeLines, startTreeRun } from "../tree-run.js";

/** get's options with --jobs settled (default 4). */
export type GetTreeOptions = Pick<GetOptions, "force" | "password"> & { jobs: number };

type EntryStatus = "downloaded" | "skipped" | "failed";

interface EntryResult {
  remote: string;
  /** Where it goes; absent for a name that must not become a local path. */
  local?: string;
  /** Bytes written, or the size of a skipped file. */
  size?: number;
  status: EntryStatus;
  error?: string;
  /** A folder that failed (it could not be listed or made): nothing below it was downloaded. */
  folder?: true;
}

interface Folder {
  /** Relative to the root, posix style ("" for the root). */
  rel: string;
  remote: string;
  local: string;
}

interface Download {
  folder: Folder;
  entry: Obj;
  result: EntryResult & { local: string };
}

/**
 * No local path: the remote folder's name, here. A path ending in / : that name inside it.
 * Any other path is the folder itself, as put -r takes its remote path, so running the same
 * command again finds what the first run wrote.
 */
export function localTreeRoot(root: string, local: string | undefined): string {
  if (local !== undefined && !local.endsWith("/")) return local;
  if (root === "/") throw new UsageError("the root folder / has no name: name the local folder (get -r / ./restore)");
  const name = posix.basename(root);
  return local === undefined ? name : join(local, name);
}

/** What is at `path`, a link not followed. */
async function localState(
  path: string,
): Promise<
  { kind: "none" | "folder" | "link" | "other" } | { kind: "file"; size: number } | { kind: "error"; problem: string }
> {
  try {
    const found = await lstat(path);
    if (found.isFile()) return { kind: "file", size: found.size };
    if (found.isDirectory()) return { kind: "folder" };
    return { kind: found.isSymbolicLink() ? "link" : "other" };
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return { kind: "none" };
    return { kind: "error", problem: describeFsError(error) };
  }
}

/** Makes one folder below the root; an existing real folder is fine, a link or a file in its place is not. */
async function makeFolder(path: string): Promise<{ created: boolean } | { problem: string }> {
  try {
    await mkdir(path);
    return { created: true };
  } catch (error) {
    if ((error as { code?: string }).code !== "EEXIST") return { problem: describeFsError(error) };
  }
  const found = await localState(path);
  if (found.kind === "folder") return { created: false };
  if (found.kind === "link") return { problem: "a symbolic link is in the folder's place (not followed)" };
  if (found.kind === "error") return { problem: found.problem };
  return { problem: "a file is in the folder's place" };
}

/** The root: made with its parents if missing; the user's own path may be a link to a folder. */
async function makeRoot(target: string): Promise<boolean> {
  const found = await stat(target).catch((error) => {
    if ((error as { code?: string }).code === "ENOENT") return undefined;
    throw new LocalFileError(target, describeFsError(error), { cause: error });
  });
  if (found && !found.isDirectory())
    throw new LocalFileError(target, "is a file, not a folder (get -r needs a folder)");
  if (found) return false;
  await mkdir(target, { recursive: true }).catch((error) => {
    throw new LocalFileError(target, describeFsError(error), { cause: error });
  });
  return true;
}

export async function getTree(
  context: Context,
  remote: string,
  local: string | undefined,
  options: GetTreeOptions,
  scene: FailureScene,
): Promise<void> {
  const root = cleanRemotePath(remote);
  const target = localTreeRoot(root, local);
  const client = context.connect("required");
  // The root must be a folder; a refusal for want of a password is asked for here, once.
  let password: string | undefined;
  const top = await withFolderPassword(context, options.password, root, (given) => {
    password = given;
    return client.fsGet({ path: root, ...(given ? { password: given } : {}) }, { signal: context.signal });
  });
  if (!top.is_dir)
    throw new UsageError(`${root} is a file, not a folder (get -r downloads a folder; get downloads a file)`);
  const createdFolders: string[] = [];
  if (await makeRoot(target)) createdFolders.push(target);
  const realRoot = await realpath(target);
  scene.interruptNote = "the files being downloaded were not kept (no partial file is left)";
  const run = startTreeRun(context, options.jobs, client.baseUrl);
  const { signal, limit, calls, failure } = run;
  const started = performance.now();
  const results: EntryResult[] = [];
  const toFetch: Download[] = [];
  const failed = <T extends EntryResult>(result: T, error: string): T =>
    Object.assign(result, { status: "failed" as const, error });

  // 1. The walk: each level's folders listed (two at a time), then their entries sorted out.
  const list = async (folder: Folder): Promise<Obj[] | string | undefined> => {
    try {
      const entries: Obj[] = [];
      const pages = client.listAll(folder.remote, { signal, ...(password ? { password } : {}) });
      for await (const entry of pages) entries.push(entry);
      return entries;
    } catch (error) {
      return failure(error, `get ${folder.remote}`);
    }
  };
  const sortOut = async (folder: Folder, entries: Obj[], next: Folder[]) => {
    const names = new Set<string>();
    for (const entry of entries) {
      // Not joined with posix.join: a name such as ".." must be reported as sent, not resolved.
      const remotePath = `${folder.remote === "/" ? "" : folder.remote}/${entry.name}`;
      const unsafe = unsafeLocalName(folder.local, entry.name);
      if (unsafe) {
        results.push({
          remote: remotePath,
          status: "failed",
          error: `${unsafe}: not written`,
          ...(entry.is_dir ? { folder: true } : {}),
        });
        continue;
      }
      const localPath = join(folder.local, entry.name);
      const result = { remote: remotePath, local: localPath, status: "downloaded" as EntryStatus };
      if (names.has(entry.name)) {
        results.push(failed(result, "the server listed this name twice: not written"));
        continue;
      }
      names.add(entry.name);
      if (entry.is_dir) {
        // A folder is an entry of the summary only when it fails; its files stand for it otherwise.
        const made = await makeFolder(localPath);
        if ("problem" in made) {
          results.push({ ...failed(result, `${localPath}: ${made.problem}`), folder: true });
          continue;
        }
        if (made.created) createdFolders.push(localPath);
        next.push({
          rel: posix.join(folder.rel, entry.name),
          remote: joinRemotePath(folder.remote, entry.name),
          local: localPath,
        });
        continue;
      }
      results.push(result);
      const found = await localState(localPath);
      if (found.kind === "none" || (found.kind === "file" && options.force)) toFetch.push({ folder, entry, result });
      else if (found.kind === "file" && found.size === entry.size) {
        Object.assign(result, { status: "skipped", size: found.size });
        context.out.verbose(`skipped ${localPath}: it has the same size`);
      } else if (found.kind === "file")
        failed(result, `${localPath} exists with another size (pass --force to replace it)`);
      else if (found.kind === "folder") failed(result, `a folder is in the file's place: ${localPath}`);
      else if (found.kind === "link")
        failed(result, `a symbolic link is in the file's place (not followed): ${localPath}`);
      else if (found.kind === "error") failed(result, `${localPath}: ${found.problem}`);
      else failed(result, `something other than a file is in its place: ${localPath}`);
    }
  };
  for (let level: Folder[] = [{ rel: "", remote: root, local: target }]; level.length > 0 && !signal.aborted; ) {
    const listed = await Promise.all(level.map((folder) => calls(() => list(folder))));
    const next: Folder[] = [];
    for (const [index, folder] of level.entries()) {
      const entries = listed[index];
      if (Array.isArray(entries)) await sortOut(folder, entries, next);
      else if (entries !== undefined) {
        results.push({ remote: folder.remote, local: folder.local, status: "failed", error: entries, folder: true });
      }
    }
    level = next;
  }
  run.throwIfStopped();
  // 2. The files, a few at a time.
  const { progress, say } = await startTreeLines(
    context,
    toFetch.reduce((sum, { entry }) => sum + entry.size, 0),
    toFetch.length,
  );
  for (const result of results) if (result.status === "failed") say(`get ${result.remote}: ${result.error}`);

  const fetch = async ({ folder, entry, result }: Download) => {
    if (signal.aborted) return;
    let bar: ReturnType<TreeProgress["file"]> | undefined;
    try {
      // The folder must still be the one the walk made: a link swapped in since would lead out.
      if ((await realpath(folder.local)) !== join(realRoot, folder.rel)) {
        throw new LocalFileError(folder.local, "is no longer the folder made for it (a symbolic link?): not followed");
      }
      const { size } = await client.download(result.remote, result.local, {
        signal,
        ...(options.force ? { overwrite: true } : {}),
        ...(password ? { password } : {}),
        ...(context.timeoutMs !== undefined ? { timeoutMs: context.timeoutMs } : {}),
        ...(progress
          ? {
              onProgress: ({ received, total }) => {
                bar ??= progress.file(result.local, total ?? entry.size);
                bar.update(received);
              },
            }
          : {}),
      });
      result.size = size;
      bar?.done(true);
      context.out.verbose(`downloaded ${result.remote} -> ${result.local}`);
    } catch (error) {
      bar?.done(false);
      const what = `get ${result.remote}`;
      const message = failure(error, what);
      if (message === undefined) return;
      failed(result, message);
      // Among many files, each line says which one failed.
      say(`${what}: ${message}`);
    }
  };
  try {
    await Promise.all(toFetch.map((item) => limit(() => fetch(item))));
  } finally {
    progress?.stop();
  }
  run.throwIfStopped();

  reportTree(context, {
    moved: "downloaded",
    ends: { remote: root, local: target },
    results,
    createdFolders,
    started,
    noun: "entries",
  });
}
