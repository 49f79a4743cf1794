/**
 * One row per operation of the spec: how the typed client makes the call, in a scene that is
 * either the mock (any path will do: the answer is the named example) or a live server (real
 * objects in a scratch folder). The mock suite and the live suite both walk this table, so a
 * call is written once. `satisfies Record<OperationId, ...>` makes a new operation in the spec
 * fail `pnpm typecheck` until it has a row.
 */
import { Readable } from "node:stream";
import type { AlistClient, FsListPage, operations, TaskType } from "../../src/index.js";

export type OperationId = keyof operations;

export interface ExampleValue {
  code: number;
  message: string;
  data: unknown;
}

/** Where a call happens. In the mock every method returns a fixed path at once. */
export interface Scene {
  /** A folder the caller may write into. */
  readonly dir: string;
  /** An existing file in `dir` (left in place by the rows). */
  readonly file: string;
  /** A new file in `dir` that only this call uses; its path. */
  freshFile(): Promise<string>;
  /** A new folder in `dir` holding `names` (empty files); its path. */
  freshDir(names?: string[]): Promise<string>;
  /** A name not used yet in `dir`. */
  newName(): string;
  /** A second storage, for copies that run as tasks. */
  readonly otherStorage: string;
  /** The id of a task of this queue that the scene started, and its queue. */
  taskId(): Promise<{ type: TaskType; id: string }>;
  /** A URL an offline-download tool can fetch from (127.0.0.1 only). */
  readonly offlineUrl: string;
  /** The user to log in as. */
  readonly credentials: { username: string; password: string };
}

export interface ContractRow {
  call(client: AlistClient, scene: Scene, example?: ExampleValue): Promise<unknown>;
  /** The typed result a success example must give; by default its `data` unchanged. */
  expected?(example: ExampleValue, name: string): unknown;
  /** Why the live suite leaves this operation out (it changes the account or the session). */
  notLive?: string;
}

const bytes = "hello, alist\n";
const payload = () => Readable.from([Buffer.from(bytes)]);
/** data null: the call resolves with nothing. */
const nothing = (): undefined => undefined;
/** Moves and copies: alist's `data: null` and OpenList's `{message}` without tasks become `tasks: []`. */
const withTasks = (example: ExampleValue) => {
  const data = example.data as { message?: string; tasks?: unknown[] } | null;
  return { tasks: data?.tasks ?? [], ...(data?.message ? { message: data.message } : {}) };
};
// fs/recursive_move reports its count in the envelope's message; these are the examples' counts.
const MOVED: Record<string, number> = { success: 3, oneFile: 1 };
const parent = (path: string) => path.slice(0, path.lastIndexOf("/")) || "/";
const base = (path: string) => path.slice(path.lastIndexOf("/") + 1);

export const OPERATION_TABLE = {
  ping: { call: (client) => client.ping() },
  publicSettings: { call: (client) => client.publicSettings() },
  offlineDownloadTools: { call: (client) => client.offlineDownloadTools() },
  // The client hands `data: null` to callers as [].
  archiveExtensions: { call: (client) => client.archiveExtensions(), expected: (example) => example.data ?? [] },
  login: {
    call: (client, scene) => client.login({ ...scene.credentials, plain: true }),
    notLive: "the live suite logs in with loginHash; a second session is not needed",
  },
  loginHash: { call: (client, scene) => client.login(scene.credentials) },
  me: { call: (client) => client.me() },
  meUpdate: {
    call: (client) => client.meUpdate({ username: "alice", password: "a much longer passphrase" }),
    expected: nothing,
    notLive: "changes the account",
  },
  twoFactorGenerate: {
    call: (client) => client.twoFactorGenerate(),
    notLive: "prepares two-factor authentication for the account",
  },
  twoFactorVerify: {
    call: (client) => client.twoFactorVerify({ code: "492039", secret: "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP" }),
    expected: nothing,
    notLive: "turns two-factor authentication on",
  },
  fsGet: { call: (client, scene) => client.fsGet({ path: scene.file }) },
  fsList: {
    call: (client, scene) => client.fsList({ path: scene.dir, page: 1, per_page: 30 }),
    // `content: null` (empty folder, page past the end) reaches callers as [].
    expected: (example) => {
      const data = example.data as FsListPage | { content: null };
      return { ...data, content: data.content ?? [] };
    },
  },
  // `data: null` (no subfolders) reaches callers as [].
  fsDirs: { call: (client, scene) => client.fsDirs({ path: scene.dir }), expected: (example) => example.data ?? [] },
  fsSearch: {
    call: (client, scene) =>
      client.fsSearch({ parent: scene.dir, keywords: "hello", scope: 0, page: 1, per_page: 100 }),
  },
  fsOther: { call: (client, scene) => client.fsOther({ path: scene.file, method: "video_preview" }) },
  fsLink: { call: (client, scene) => client.fsLink({ path: scene.file }) },
  fsPut: {
    call: async (client, scene, example) =>
      client.upload(payload(), await scene.freshFile(), {
        size: bytes.length,
        asTask: example ? example.data !== null : false,
        lastModified: 1715924875417,
      }),
    // The result is the upload's size, plus the task when the example has one.
    expected: (example) => {
      const data = example.data as { task: unknown } | null;
      return { size: bytes.length, ...(data ? { task: data.task } : {}) };
    },
  },
  fsForm: {
    call: async (client, scene, example) =>
      client.uploadForm(new Blob([bytes], { type: "text/plain" }), await scene.freshFile(), {
        asTask: example ? example.data !== null : false,
        lastModified: 1715924875417,
      }),
    expected: (example) => {
      const data = example.data as { task: unknown } | null;
      return { size: bytes.length, ...(data ? { task: data.task } : {}) };
    },
  },
  fsMkdir: { call: (client, scene) => client.fsMkdir({ path: `${scene.dir}/${scene.newName()}` }), expected: nothing },
  fsRename: {
    call: async (client, scene) => client.fsRename({ path: await scene.freshFile(), name: scene.newName() }),
    expected: nothing,
  },
  fsBatchRename: {
    call: async (client, scene) => {
      const dir = await scene.freshDir(["ep01.mkv"]);
      return client.fsBatchRename({ src_dir: dir, rename_objects: [{ src_name: "ep01.mkv", new_name: "S01E01.mkv" }] });
    },
    expected: nothing,
  },
  fsRegexRename: {
    call: async (client, scene) => {
      const dir = await scene.freshDir(["ep01.mkv", "ep02.mkv"]);
      return client.fsRegexRename({ src_dir: dir, src_name_regex: "^ep(\\d+)\\.mkv$", new_name_regex: "S01E$1.mkv" });
    },
    expected: nothing,
  },
  fsMove: {
    call: async (client, scene) => {
      const file = await scene.freshFile();
      return client.fsMove({ src_dir: parent(file), dst_dir: await scene.freshDir(), names: [base(file)] });
    },
    expected: withTasks,
  },
  fsRecursiveMove: {
    call: async (client, scene) =>
      client.fsRecursiveMove({
        src_dir: await scene.freshDir(["a.mkv"]),
        dst_dir: await scene.freshDir(),
        conflict_policy: "skip",
      }),
    expected: (example, name) => ({ moved: MOVED[name], message: example.message }),
  },
  fsCopy: {
    call: async (client, scene) => {
      const file = await scene.freshFile();
      return client.fsCopy({ src_dir: parent(file), dst_dir: await scene.freshDir(), names: [base(file)] });
    },
    // OpenList leaves `tasks` out when nothing was queued: the client gives `tasks: []`.
    expected: withTasks,
  },
  fsRemove: {
    call: async (client, scene) => {
      const file = await scene.freshFile();
      return client.fsRemove({ dir: parent(file), names: [base(file)] });
    },
    expected: nothing,
  },
  fsRemoveEmptyDirectory: {
    call: async (client, scene) => client.fsRemoveEmptyDirectory({ src_dir: await scene.freshDir() }),
    expected: nothing,
  },
  fsAddOfflineDownload: {
    call: (client, scene) =>
      client.fsAddOfflineDownload({
        urls: [scene.offlineUrl],
        path: scene.dir,
        tool: "SimpleHttp",
        delete_policy: "delete_on_upload_succeed",
      }),
  },
  taskUndone: { call: async (client, scene) => client.taskUndone((await scene.taskId()).type) },
  taskDone: { call: async (client, scene) => client.taskDone((await scene.taskId()).type) },
  taskInfo: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskInfo(type, id);
    },
  },
  taskCancel: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskCancel(type, id);
    },
    expected: nothing,
  },
  taskRetry: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskRetry(type, id);
    },
    expected: nothing,
  },
  taskCancelSome: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskCancelSome(type, [id]);
    },
  },
  taskRetrySome: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskRetrySome(type, [id]);
    },
  },
  taskDeleteSome: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskDeleteSome(type, [id]);
    },
  },
  taskDelete: {
    call: async (client, scene) => {
      const { type, id } = await scene.taskId();
      return client.taskDelete(type, id);
    },
    expected: nothing,
  },
  taskClearDone: {
    call: async (client, scene) => client.taskClearDone((await scene.taskId()).type),
    expected: nothing,
  },
  taskClearSucceeded: {
    call: async (client, scene) => client.taskClearSucceeded((await scene.taskId()).type),
    expected: nothing,
  },
  taskRetryFailed: {
    call: async (client, scene) => client.taskRetryFailed((await scene.taskId()).type),
    expected: nothing,
  },
  logout: { call: (client) => client.logout(), expected: nothing, notLive: "ends the session the suite runs in" },
} satisfies Record<OperationId, ContractRow>;
