/**
 * A harmless request for each operation: it names only things inside the sandbox that do not
 * exist, so the auth cases and the negative cases built from it cannot touch anything else,
 * whatever the server does with them.
 */
import type { Sandbox } from "../sandbox.js";
import type { CaseRequest } from "../session.js";

export type Template = Omit<CaseRequest, "label" | "intent">;

/** A user name no server has: failed logins with it cannot lock a real account out. */
export const NOBODY = "alist-contract-nobody-7f3a";
const NOWHERE_URL = "http://127.0.0.1:9/alist-contract.bin";

export function templates(s: Sandbox, taskType = "upload"): Record<string, Template> {
  const nx = "nx-absent";
  const task = { params: { type: taskType }, query: { tid: "alist-contract-no-task" } };
  return {
    ping: {},
    publicSettings: {},
    offlineDownloadTools: {},
    archiveExtensions: {},
    me: {},
    logout: {},
    meUpdate: { body: { username: "alist-contract" } },
    twoFactorGenerate: {},
    twoFactorVerify: { body: { code: "000000", secret: "JBSWY3DPEHPK3PXP" } },
    fsList: { body: { path: s.path, page: 1, per_page: 0 } },
    fsGet: { body: { path: s.path } },
    fsDirs: { body: { path: s.path } },
    fsSearch: { body: { parent: s.path, keywords: nx, scope: 0, page: 1, per_page: 10 } },
    fsOther: { body: { path: s.at(nx), method: "video_preview" } },
    fsMkdir: { body: { path: s.at("auth-mkdir") } },
    fsRename: { body: { path: s.at(nx), name: "nx-renamed" } },
    fsBatchRename: { body: { src_dir: s.path, rename_objects: [{ src_name: nx, new_name: "nx-renamed" }] } },
    fsRegexRename: { body: { src_dir: s.path, src_name_regex: "^nx-absent$", new_name_regex: "nx-renamed" } },
    fsMove: { body: { src_dir: s.path, dst_dir: s.at("nx-dir"), names: [nx] } },
    fsRecursiveMove: { body: { src_dir: s.at("nx-dir"), dst_dir: s.at("nx-dir-2") } },
    fsCopy: { body: { src_dir: s.path, dst_dir: s.at("nx-dir"), names: [nx] } },
    fsRemove: { body: { dir: s.path, names: [nx] } },
    fsRemoveEmptyDirectory: { body: { src_dir: s.at("nx-dir") } },
    fsLink: { body: { path: s.at(nx) } },
    fsAddOfflineDownload: {
      body: { urls: [NOWHERE_URL], path: s.path, tool: "SimpleHttp", delete_policy: "delete_on_upload_succeed" },
    },
    fsPut: {
      headers: { "File-Path": encodeURIComponent(s.at("auth-put.txt")), "Content-Type": "application/octet-stream" },
      rawBody: "x",
    },
    fsForm: formUpload(s.at("auth-form.txt"), "x"),
    loginHash: { body: { username: NOBODY, password: "0".repeat(64) } },
    login: { body: { username: NOBODY, password: "alist-contract-wrong" } },
    taskUndone: { params: { type: taskType } },
    taskDone: { params: { type: taskType } },
    taskInfo: task,
    taskCancel: task,
    taskDelete: task,
    taskRetry: task,
    taskCancelSome: { params: { type: taskType }, body: ["alist-contract-no-task"] },
    taskDeleteSome: { params: { type: taskType }, body: ["alist-contract-no-task"] },
    taskRetrySome: { params: { type: taskType }, body: ["alist-contract-no-task"] },
    taskClearDone: { params: { type: taskType } },
    taskClearSucceeded: { params: { type: taskType } },
    taskRetryFailed: { params: { type: taskType } },
  };
}

/** A multipart form with one `file` part, as fs/form wants it. */
export function formUpload(path: string, content: string): Template {
  const boundary = "alist-contract-boundary";
  const body =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="probe.txt"\r\n` +
    `Content-Type: application/octet-stream\r\n\r\n${content}\r\n--${boundary}--\r\n`;
  return {
    headers: { "File-Path": encodeURIComponent(path), "Content-Type": `multipart/form-data; boundary=${boundary}` },
    rawBody: body,
  };
}

/** Operations whose positive outcome depends on the storage or settings: any documented code is fine. */
export const SETUP_DEPENDENT = new Set(["fsOther", "fsSearch", "fsAddOfflineDownload", "fsLink"]);

/**
 * Negative cases that are not sent: a server that defaults a missing folder to `/` would act on
 * the whole server (recursive_move would move everything, remove_empty_directory would prune it).
 */
export const UNSAFE_OMISSIONS: Record<string, string[]> = {
  fsRecursiveMove: ["src_dir"],
  fsRemoveEmptyDirectory: ["src_dir"],
};
