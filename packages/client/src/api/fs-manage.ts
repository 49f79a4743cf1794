/**
 * Changing files and folders: mkdir, rename (one, a list, by regular expression), move, copy,
 * remove, the admin's raw link, offline downloads, and the multipart upload (fs/form).
 */
import type { CallOptions, Core } from "../core.js";
import { checkEntryName } from "../entry-name.js";
import type { components } from "../generated/schema.js";
import { normalizeRemotePath } from "../remote-path.js";
import type { TaskInfo } from "../upload.js";
import { listData, objectData, READ } from "./data.js";
import { type FormUploadApi, formUploadApi } from "./form-upload.js";

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

export interface FsManageApi extends FormUploadApi {
  /** Creates a folder and its missing parents (POST /api/fs/mkdir). */
  fsMkdir(request: FsMkdirRequest, options?: CallOptions): Promise<void>;
  /** Renames one entry; an existing target is an error unless `overwrite` (POST /api/fs/rename). */
  fsRename(request: FsRenameRequest, options?: CallOptions): Promise<void>;
  /** Renames several entries of one folder, in order (POST /api/fs/batch_rename). */
  fsBatchRename(request: FsBatchRenameRequest, options?: CallOptions): Promise<void>;
  /** Renames every entry whose name matches a Go regular expression (POST /api/fs/regex_rename). */
  fsRegexRename(request: FsRegexRenameRequest, options?: CallOptions): Promise<void>;
  /** Moves entries; on OpenList across storages too, as tasks (POST /api/fs/move). */
  fsMove(request: FsMoveRequest, options?: CallOptions): Promise<FsTasksResult>;
  /** Moves every file below a folder, flattened, into another (POST /api/fs/recursive_move). */
  fsRecursiveMove(request: FsRecursiveMoveRequest, options?: CallOptions): Promise<RecursiveMoveResult>;
  /** Copies entries; across storages as copy tasks (POST /api/fs/copy). */
  fsCopy(request: FsCopyRequest, options?: CallOptions): Promise<FsTasksResult>;
  /** Removes entries of one folder (POST /api/fs/remove). */
  fsRemove(request: FsRemoveRequest, options?: CallOptions): Promise<void>;
  /** Removes the empty folders below a folder (POST /api/fs/remove_empty_directory). */
  fsRemoveEmptyDirectory(request: FsRemoveEmptyDirectoryRequest, options?: CallOptions): Promise<void>;
  /** The storage's own download link for a file; admins only (POST /api/fs/link). */
  fsLink(request: FsLinkRequest, options?: CallOptions): Promise<Link>;
  /** Queues one server-side download per URL (POST /api/fs/add_offline_download). */
  fsAddOfflineDownload(request: OfflineDownloadRequest, options?: CallOptions): Promise<FsTasksResult>;
}

function tasksResult(operation: string, data: unknown): FsTasksResult {
  if (data === null) return { tasks: [] };
  const answer = objectData<{ tasks?: unknown; message?: unknown }>(operation, data, "the tasks");
  const tasks = listData<TaskInfo>(operation, answer.tasks, "tasks");
  return typeof answer.message === "string" ? { tasks, message: answer.message } : { tasks };
}

/** The envelope's message of an answer already checked by core.json (the count of a recursive move is there). */
function envelopeMessage(text: unknown): string {
  const body = typeof text === "string" ? (JSON.parse(text) as { message?: unknown }) : {};
  return typeof body.message === "string" ? body.message : "";
}

function movedCount(message: string): number | undefined {
  const match = /\bmoved (\d+) files?\b/i.exec(message);
  return match ? Number(match[1]) : undefined;
}

function twoDirs<T extends { src_dir: string; dst_dir: string }>(request: T): T {
  return { ...request, src_dir: normalizeRemotePath(request.src_dir), dst_dir: normalizeRemotePath(request.dst_dir) };
}

export function fsManageApi(core: Core): FsManageApi {
  /** Move and copy share their request (copy adds OpenList's `merge`) and their answer. */
  async function transfer(
    operation: "fsMove" | "fsCopy",
    route: "/api/fs/move" | "/api/fs/copy",
    request: FsCopyRequest,
    call: CallOptions | undefined,
  ): Promise<FsTasksResult> {
    const body = { ...twoDirs(request), names: request.names.map(checkEntryName) };
    const data = await core.json(operation, call, (init) => core.raw.POST(route, { body, parseAs: "text", ...init }));
    return tasksResult(operation, data);
  }

  return {
    ...formUploadApi(core),

    async fsMkdir(request, call) {
      const body = { ...request, path: normalizeRemotePath(request.path) };
      await core.json("fsMkdir", call, (init) => core.raw.POST("/api/fs/mkdir", { body, parseAs: "text", ...init }));
    },

    async fsRename(request, call) {
      const body = { ...request, path: normalizeRemotePath(request.path), name: checkEntryName(request.name) };
      await core.json("fsRename", call, (init) => core.raw.POST("/api/fs/rename", { body, parseAs: "text", ...init }));
    },

    async fsBatchRename(request, call) {
      const body = {
        src_dir: normalizeRemotePath(request.src_dir),
        rename_objects: request.rename_objects.map(({ src_name, new_name }) => ({
          src_name: checkEntryName(src_name),
          new_name: checkEntryName(new_name),
        })),
      };
      await core.json("fsBatchRename", call, (init) =>
        core.raw.POST("/api/fs/batch_rename", { body, parseAs: "text", ...init }),
      );
    },

    async fsRegexRename(request, call) {
      const body = { ...request, src_dir: normalizeRemotePath(request.src_dir) };
      await core.json("fsRegexRename", call, (init) =>
        core.raw.POST("/api/fs/regex_rename", { body, parseAs: "text", ...init }),
      );
    },

    fsMove: (request, call) => transfer("fsMove", "/api/fs/move", request, call),

    async fsRecursiveMove(request, call) {
      const body = twoDirs(request);
      let text: unknown;
      await core.json("fsRecursiveMove", call, async (init) => {
        const sent = await core.raw.POST("/api/fs/recursive_move", { body, parseAs: "text", ...init });
        text = sent.data;
        return sent;
      });
      const message = envelopeMessage(text);
      return { moved: movedCount(message), message };
    },

    fsCopy: (request, call) => transfer("fsCopy", "/api/fs/copy", request, call),

    async fsRemove(request, call) {
      const body = { dir: normalizeRemotePath(request.dir), names: request.names.map(checkEntryName) };
      await core.json("fsRemove", call, (init) => core.raw.POST("/api/fs/remove", { body, parseAs: "text", ...init }));
    },

    async fsRemoveEmptyDirectory(request, call) {
      const body = { src_dir: normalizeRemotePath(request.src_dir) };
      await core.json("fsRemoveEmptyDirectory", call, (init) =>
        core.raw.POST("/api/fs/remove_empty_directory", { body, parseAs: "text", ...init }),
      );
    },

    async fsLink(request, call) {
      const body = { path: normalizeRemotePath(request.path) };
      const data = await core.json(
        "fsLink",
        call,
        (init) => core.raw.POST("/api/fs/link", { body, parseAs: "text", ...init }),
        READ,
      );
      return objectData<Link>("fsLink", data, "the link");
    },

    async fsAddOfflineDownload(request, call) {
      const body = { ...request, path: normalizeRemotePath(request.path) };
      const data = await core.json("fsAddOfflineDownload", call, (init) =>
        core.raw.POST("/api/fs/add_offline_download", { body, parseAs: "text", ...init }),
      );
      return tasksResult("fsAddOfflineDownload", data);
    },
  };
}
