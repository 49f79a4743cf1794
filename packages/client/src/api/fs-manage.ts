/**
 * Changing files and folders: mkdir, rename (one, a list, by regular expression), move, copy,
 * remove, the admin's raw link and offline downloads (the multipart upload is form-upload.ts, Node only).
 */
import { checkEntryName } from "../entry-name.js";
import type { components } from "../generated/schema.js";
import { bodyCall, nothing } from "../operation-call.js";
import type { CallOptions, Pipeline } from "../pipeline.js";
import { normalizeRemotePath } from "../remote-path.js";
import { listData, objectData } from "./answer-checks.js";
import type { TaskInfo } from "./tasks.js";

type Schemas = components["schemas"];
export type FsMkdirRequest = Schemas["FsMkdirRequest"];
export type FsRenameRequest = Schemas["FsRenameRequest"];
export type FsBatchRenameRequest = Schemas["FsBatchRenameRequest"];
export type FsRegexRenameRequest = Schemas["FsRegexRenameRequest"];
export type FsMoveRequest = Schemas["FsMoveRequest"];
export type FsCopyRequest = Schemas["FsCopyRequest"];
export type FsRecursiveMoveRequest = Schemas["FsRecursiveMoveRequest"];
export type FsRemoveRequest = Schemas["FsRemoveRequest"];
export type FsRemoveEmptyDirectoryRequest = Schemas["FsRemoveEmptyDirectoryRequest"];
export type FsLinkRequest = Schemas["FsLinkRequest"];
export type Link = Schemas["Link"];
export type OfflineDownloadRequest = Schemas["OfflineDownloadRequest"];

/** The tasks a copy, move or offline download queued; `[]` when the work was done at once. */
export interface FsTasksResult {
  tasks: TaskInfo[];
  /** OpenList's summary, e.g. `Successfully created 2 copy task(s)`. */
  message?: string;
}

export interface RecursiveMoveResult {
  /** Files moved, read from the server's message; undefined if the message has no count. */
  moved: number | undefined;
  /** The server's message, e.g. `Successfully moved 3 files`. */
  message: string;
}

function tasksResult(data: { tasks?: TaskInfo[]; message?: string } | null, operation: string): FsTasksResult {
  if (data === null) return { tasks: [] };
  const answer = objectData(operation, data, "the tasks");
  const tasks = listData(operation, answer.tasks, "tasks");
  return typeof answer.message === "string" ? { tasks, message: answer.message } : { tasks };
}

function movedCount(message: string): number | undefined {
  const match = /\bmoved (\d+) files?\b/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

function twoDirs<T extends { src_dir: string; dst_dir: string }>(request: T): T {
  return { ...request, src_dir: normalizeRemotePath(request.src_dir), dst_dir: normalizeRemotePath(request.dst_dir) };
}

const withPath = <T extends { path: string }>(request: T): T => ({
  ...request,
  path: normalizeRemotePath(request.path),
});

/** Move and copy share their request (copy adds OpenList's `merge`) and their answer. */
const transferBody = <T extends { src_dir: string; dst_dir: string; names: string[] }>(request: T): T => ({
  ...twoDirs(request),
  names: request.names.map(checkEntryName),
});

export function fsManageCalls(pipeline: Pipeline) {
  return {
    /** Creates a folder and its missing parents (POST /api/fs/mkdir). */
    fsMkdir: bodyCall(pipeline, "fsMkdir", withPath, nothing),
    /** Renames one entry; an existing target is an error unless `overwrite` (POST /api/fs/rename). */
    fsRename: bodyCall(
      pipeline,
      "fsRename",
      (request) => ({ ...withPath(request), name: checkEntryName(request.name) }),
      nothing,
    ),
    /** Renames several entries of one folder, in order (POST /api/fs/batch_rename). */
    fsBatchRename: bodyCall(
      pipeline,
      "fsBatchRename",
      (request) => ({
        src_dir: normalizeRemotePath(request.src_dir),
        rename_objects: request.rename_objects.map(({ src_name, new_name }) => ({
          src_name: checkEntryName(src_name),
          new_name: checkEntryName(new_name),
        })),
      }),
      nothing,
    ),
    /** Renames every entry whose name matches a Go regular expression (POST /api/fs/regex_rename). */
    fsRegexRename: bodyCall(
      pipeline,
      "fsRegexRename",
      (request) => ({ ...request, src_dir: normalizeRemotePath(request.src_dir) }),
      nothing,
    ),
    /** Moves entries; on OpenList across storages too, as tasks (POST /api/fs/move). */
    fsMove: bodyCall(pipeline, "fsMove", transferBody, tasksResult),
    /** Moves every file below a folder, flattened, into another (POST /api/fs/recursive_move). */
    async fsRecursiveMove(request: FsRecursiveMoveRequest, options?: CallOptions): Promise<RecursiveMoveResult> {
      const { message } = await pipeline.callWithMessage("fsRecursiveMove", { body: twoDirs(request) }, options);
      return { moved: movedCount(message), message };
    },
    /** Copies entries; across storages as copy tasks (POST /api/fs/copy). */
    fsCopy: bodyCall(pipeline, "fsCopy", transferBody, tasksResult),
    /** Removes entries of one folder (POST /api/fs/remove). */
    fsRemove: bodyCall(
      pipeline,
      "fsRemove",
      (request) => ({ dir: normalizeRemotePath(request.dir), names: request.names.map(checkEntryName) }),
      nothing,
    ),
    /** Removes the empty folders below a folder (POST /api/fs/remove_empty_directory). */
    fsRemoveEmptyDirectory: bodyCall(
      pipeline,
      "fsRemoveEmptyDirectory",
      (request) => ({ src_dir: normalizeRemotePath(request.src_dir) }),
      nothing,
    ),
    /** The storage's own download link for a file; admins only (POST /api/fs/link). */
    fsLink: bodyCall(
      pipeline,
      "fsLink",
      (request) => ({ path: normalizeRemotePath(request.path) }),
      (data, op) => objectData(op, data, "the link"),
    ),
    /** Queues one server-side download per URL (POST /api/fs/add_offline_download). */
    fsAddOfflineDownload: bodyCall(pipeline, "fsAddOfflineDownload", withPath, tasksResult),
  };
}
