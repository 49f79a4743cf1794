/**
 * DO NOT EDIT: generated from spec/openapi.yaml by `pnpm generate`.
 * Change the spec, then regenerate; CI fails when this file and the spec disagree.
 */

import type { operations } from "./schema.js";

/** Every operation of the spec: how it is sent, and whether it may be sent again. */
export const operationTable = {
  ping: { method: "get", path: "/ping", idempotent: true, envelope: false },
  login: { method: "post", path: "/api/auth/login", idempotent: false, envelope: true },
  loginHash: { method: "post", path: "/api/auth/login/hash", idempotent: false, envelope: true },
  logout: { method: "get", path: "/api/auth/logout", idempotent: false, envelope: true },
  twoFactorGenerate: { method: "post", path: "/api/auth/2fa/generate", idempotent: false, envelope: true },
  twoFactorVerify: { method: "post", path: "/api/auth/2fa/verify", idempotent: false, envelope: true },
  me: { method: "get", path: "/api/me", idempotent: true, envelope: true },
  meUpdate: { method: "post", path: "/api/me/update", idempotent: false, envelope: true },
  fsList: { method: "post", path: "/api/fs/list", idempotent: true, envelope: true },
  fsGet: { method: "post", path: "/api/fs/get", idempotent: true, envelope: true },
  fsDirs: { method: "post", path: "/api/fs/dirs", idempotent: true, envelope: true },
  fsSearch: { method: "post", path: "/api/fs/search", idempotent: true, envelope: true },
  fsOther: { method: "post", path: "/api/fs/other", idempotent: false, envelope: true },
  fsMkdir: { method: "post", path: "/api/fs/mkdir", idempotent: false, envelope: true },
  fsRename: { method: "post", path: "/api/fs/rename", idempotent: false, envelope: true },
  fsBatchRename: { method: "post", path: "/api/fs/batch_rename", idempotent: false, envelope: true },
  fsRegexRename: { method: "post", path: "/api/fs/regex_rename", idempotent: false, envelope: true },
  fsMove: { method: "post", path: "/api/fs/move", idempotent: false, envelope: true },
  fsRecursiveMove: { method: "post", path: "/api/fs/recursive_move", idempotent: false, envelope: true },
  fsCopy: { method: "post", path: "/api/fs/copy", idempotent: false, envelope: true },
  fsRemove: { method: "post", path: "/api/fs/remove", idempotent: false, envelope: true },
  fsRemoveEmptyDirectory: { method: "post", path: "/api/fs/remove_empty_directory", idempotent: false, envelope: true },
  fsLink: { method: "post", path: "/api/fs/link", idempotent: true, envelope: true },
  fsAddOfflineDownload: { method: "post", path: "/api/fs/add_offline_download", idempotent: false, envelope: true },
  fsPut: { method: "put", path: "/api/fs/put", idempotent: false, envelope: true },
  fsForm: { method: "put", path: "/api/fs/form", idempotent: false, envelope: true },
  publicSettings: { method: "get", path: "/api/public/settings", idempotent: true, envelope: true },
  offlineDownloadTools: { method: "get", path: "/api/public/offline_download_tools", idempotent: true, envelope: true },
  archiveExtensions: { method: "get", path: "/api/public/archive_extensions", idempotent: true, envelope: true },
  taskUndone: { method: "get", path: "/api/task/{type}/undone", idempotent: true, envelope: true },
  taskDone: { method: "get", path: "/api/task/{type}/done", idempotent: true, envelope: true },
  taskInfo: { method: "post", path: "/api/task/{type}/info", idempotent: true, envelope: true },
  taskCancel: { method: "post", path: "/api/task/{type}/cancel", idempotent: false, envelope: true },
  taskDelete: { method: "post", path: "/api/task/{type}/delete", idempotent: false, envelope: true },
  taskRetry: { method: "post", path: "/api/task/{type}/retry", idempotent: false, envelope: true },
  taskCancelSome: { method: "post", path: "/api/task/{type}/cancel_some", idempotent: false, envelope: true },
  taskDeleteSome: { method: "post", path: "/api/task/{type}/delete_some", idempotent: false, envelope: true },
  taskRetrySome: { method: "post", path: "/api/task/{type}/retry_some", idempotent: false, envelope: true },
  taskClearDone: { method: "post", path: "/api/task/{type}/clear_done", idempotent: false, envelope: true },
  taskClearSucceeded: { method: "post", path: "/api/task/{type}/clear_succeeded", idempotent: false, envelope: true },
  taskRetryFailed: { method: "post", path: "/api/task/{type}/retry_failed", idempotent: false, envelope: true },
} as const satisfies Record<keyof operations, { method: string; path: string; idempotent: boolean; envelope: boolean }>;

export type OperationId = keyof typeof operationTable;
