/**
 * `alist put -r <local-dir> <remote-dir>`: sends a folder tree. Each remote folder is listed
 * once (to learn what exists and its sizes), missing folders are created parents first, and
 * the files go up a few at a time. A file whose remote size already matches is skipped
 * unless --force. A failed file does not stop the others: the run ends with a summary and,
 * if any failed, exit code 4. An authentication failure stops everything at once.
 */
import { basename, resolve } from "node:path";
import { AlistError, type Obj } from "@alist-toolkit/client";
import { RemoteStateError } from "../command-errors.js";
import type { Context } from "../context.js";
import { describeFailure, type FailureScene } from "../failure-report.js";
import { givenFolderPassword } from "../folder-password.js";
import { type LocalFile, walkLocalTree } from "../local-tree.js";
import type { TreeProgress } from "../progress.js";
import type { PutOptions } from "../registration/put.js";
import { cleanRemotePath, isNotFound, joinRemotePath } from "../remote-paths.js";
import { reportTree, startTreeLines, startTreeRun } from "../tree-run.js";

/** put's options with --jobs settled (default 4). */
export type PutTreeOptions = Pick<PutOptions, "force" | "password"> & { jobs: number };

/** What is on the server in one folder, by name; null when the folder does not exist. */
type Listing = Map<string, Obj> | null;

type FileStatus = "uploaded" | "skipped" | "failed";

interface FileResult {
  local: string;
  remote: string;
  /** Bytes sent, or the size of a skipped file. */
  size?: number;
  status: FileStatus;
  error?: string;
}

/** `/backup/` + `./photos` -> `/backup/photos`; any other remote path is the folder itself. */
export function remoteRoot(local: string, remote: string): string {
  return cleanRemotePath(remote.endsWith("/") ? `${remote}${basename(resolve(local))}` : remote);
}

const depth = (folder: string) => (folder === "" ? 0 : folder.split("/").length);

/** The folders by depth: each level can run in parallel once the one above is done. */
function levels(folders: string[]): string[][] {
  const byDepth: string[][] = [];
  for (const folder of folders) {
    const level = byDepth[depth(folder)] ?? [];
    level.push(folder);
    byDepth[depth(folder)] = level;
  }
  return byDepth.filter(Boolean);
}

export async function putTree(
  context: Context,
  local: string,
  remote: string,
  options: PutTreeOptions,
  scene: FailureScene,
): Promise<void> {
  const root = remoteRoot(local, remote);
  const password = givenFolderPassword(context, options.password);
  const tree = await walkLocalTree(local);
  for (const { path, reason } of tree.left) context.out.verbose(`left out ${path}: ${reason}`);
  const client = context.connect("required");
  scene.interruptNote = "the files being sent when it stopped may be incomplete on the server";
  const run = startTreeRun(context, options.jobs, client.baseUrl);
  const { signal, limit, calls } = run;
  const remoteOf = (folder: string) => (folder === "" ? root : joinRemotePath(root, folder));
  const started = performance.now();

  // 1. What exists: each remote folder listed once, parents first.
  const listings = new Map<string, Listing>();
  const list = async (path: string): Promise<Listing> => {
    const entries = new Map<string, Obj>();
    try {
      const pages = client.listAll(path, { signal, ...(password ? { password } : {}) });
      for await (const entry of pages) entries.set(entry.name, entry);
    } catch (error) {
      if (isNotFound(error)) return null;
      throw error;
    }
    return entries;
  };
  const learn = async (folder: string): Promise<Listing> => {
    if (folder === "") return list(root);
    const slash = folder.lastIndexOf("/");
    const parent = listings.get(slash === -1 ? "" : folder.slice(0, slash));
    const entry = parent?.get(folder.slice(slash + 1));
    if (!entry) return null;
    if (!entry.is_dir) throw new RemoteStateError(`${remoteOf(folder)} is a file on the server, not a folder`);
    return list(remoteOf(folder));
  };
  for (const level of levels(tree.folders)) {
    const found = await Promise.all(level.map((folder) => calls(() => learn(folder))));
    for (const [index, folder] of level.entries()) listings.set(folder, found[index] ?? null);
  }

  // 2. Missing folders, parents first (empty local folders too).
  const createdFolders: string[] = [];
  for (const level of levels(tree.folders.filter((folder) => listings.get(folder) === null))) {
    await Promise.all(
      level.map((folder) =>
        calls(async () => {
          await client.fsMkdir({ path: remoteOf(folder) }, { signal });
          context.out.verbose(`created ${remoteOf(folder)}`);
        }),
      ),
    );
    createdFolders.push(...level.map(remoteOf));
  }

  // 3. The files: skip what is already there, send the rest a few at a time.
  const results: FileResult[] = [];
  const toSend: Array<{ file: LocalFile; result: FileResult }> = [];
  const fail = (result: FileResult, error: string) => Object.assign(result, { status: "failed", error });
  const existing = (file: LocalFile) => listings.get(file.folder)?.get(file.name);
  for (const file of tree.files) {
    const target = joinRemotePath(remoteOf(file.folder), file.name);
    const result: FileResult = { local: file.path, remote: target, status: "uploaded" };
    results.push(result);
    const remoteEntry = existing(file);
    if (file.problem) fail(result, file.problem);
    else if (remoteEntry?.is_dir) fail(result, `${target} is a folder on the server`);
    else if (!options.force && remoteEntry && file.size === remoteEntry.size) {
      Object.assign(result, { status: "skipped", size: file.size });
      context.out.verbose(`skipped ${file.path}: ${target} has the same size`);
    } else toSend.push({ file, result });
  }
  const { progress, say } = await startTreeLines(
    context,
    toSend.reduce((sum, { file }) => sum + file.size, 0),
    toSend.length,
  );
  for (const result of results) if (result.status === "failed") say(`put ${result.local}: ${result.error}`);

  const send = async ({ file, result }: { file: LocalFile; result: FileResult }) => {
    if (signal.aborted) return;
    let bar: ReturnType<TreeProgress["file"]> | undefined;
    try {
      const { size } = await client.upload(file.path, result.remote, {
        signal,
        // The file the walk saw, or nothing: a link or another file swapped in since is refused.
        sameFileAs: { dev: file.dev, ino: file.ino },
        ...(password ? { password } : {}),
        ...(context.timeoutMs !== undefined ? { timeoutMs: context.timeoutMs } : {}),
        ...(progress
          ? {
              onProgress: ({ sent, total }) => {
                bar ??= progress.file(file.path, total);
                bar.update(sent);
              },
            }
          : {}),
      });
      result.size = size;
      bar?.done(true);
      context.out.verbose(`uploaded ${file.path} -> ${result.remote}`);
    } catch (error) {
      bar?.done(false);
      const what = `put ${file.path}`;
      const message = run.failure(error, what);
      if (message === undefined) return;
      fail(result, message);
      // Among many files, each line says which one failed.
      say(`${what}: ${message}`);
    }
  };
  try {
    await Promise.all(toSend.map((item) => limit(() => send(item))));
  } finally {
    progress?.stop();
  }
  run.throwIfStopped();

  // 4. The server lists the folder afresh (its cache may predate the uploads).
  if (results.some((result) => result.status === "uploaded") || createdFolders.length > 0) {
    await refresh(context, client, root);
  }
  reportTree(context, {
    moved: "uploaded",
    ends: { local, remote: root },
    results,
    createdFolders,
    started,
    noun: "files",
  });
}

/** fs/list with refresh; a user without write permission may not refresh, which is fine. */
async function refresh(context: Context, client: ReturnType<Context["connect"]>, root: string): Promise<void> {
  try {
    await client.fsList({ path: root, page: 1, per_page: 1, refresh: true }, { signal: context.signal });
    context.out.verbose(`refreshed the listing of ${root}`);
  } catch (error) {
    if (context.signal.aborted) throw error;
    const message = describeFailure(error, { what: `refresh ${root}`, server: client.baseUrl }).message;
    if (error instanceof AlistError && error.code === 403 && /refresh without permission/i.test(error.serverMessage)) {
      context.out.verbose(`${message} (the files are sent; the listing refreshes on its own)`);
    } else context.out.warn(message);
  }
}
