export type { AuthApi, LoginOptions, LoginRequest } from "./api/auth.js";
export {
  type DownloadApi,
  type DownloadOptions,
  type DownloadProgress,
  type DownloadResult,
  signedDownloadUrl,
} from "./api/download.js";
export type { FormUploadApi, FormUploadOptions } from "./api/form-upload.js";
export type { FsApi, FsGetData, FsGetRequest, Obj } from "./api/fs.js";
export type {
  FsBatchRenameRequest,
  FsCopyRequest,
  FsLinkRequest,
  FsManageApi,
  FsMkdirRequest,
  FsMoveRequest,
  FsRecursiveMoveRequest,
  FsRegexRenameRequest,
  FsRemoveEmptyDirectoryRequest,
  FsRemoveRequest,
  FsRenameRequest,
  FsTasksResult,
  Link,
  OfflineDownloadRequest,
  RecursiveMoveResult,
} from "./api/fs-manage.js";
export {
  DEFAULT_LIST_PAGE_SIZE,
  type DirEntry,
  type FsDirsRequest,
  type FsListPage,
  type FsListRequest,
  type FsOtherRequest,
  type FsReadApi,
  type FsSearchRequest,
  type FsSearchResult,
  type ListAllOptions,
  type SearchHit,
} from "./api/fs-read.js";
export type { CurrentUser, MeApi, MeUpdateRequest, TwoFactorSecret, TwoFactorVerifyRequest } from "./api/me.js";
export type { PublicApi } from "./api/public.js";
export type { PublicSettingsApi } from "./api/public-settings.js";
export {
  DONE_TASK_STATES,
  TASK_TYPES,
  type TaskFailures,
  type TasksApi,
  type TaskType,
  type WaitForTaskOptions,
} from "./api/tasks.js";
export { type AlistClient, type ClientBase, createAlistClient } from "./client.js";
export { type AlistClientOptions, type AnswerInfo, type CallOptions, DEFAULT_TIMEOUT_MS } from "./core.js";
export {
  AlistError,
  AlistInputError,
  AlistNetworkError,
  AlistOtpError,
  AlistProtocolError,
  AlistTimeoutError,
  AlistToolkitError,
  LocalFileError,
} from "./errors.js";
export type { components, operations, paths } from "./generated/schema.js";
export { DEFAULT_IDLE_TIMEOUT_MS } from "./idle-timer.js";
export { hashPassword } from "./password-hash.js";
export { ERROR_BODY_MAX_BYTES, JSON_BODY_MAX_BYTES, UPLOAD_ANSWER_MAX_BYTES } from "./read-body.js";
export { encodeFilePath, normalizeRemotePath } from "./remote-path.js";
export type { RetryPolicy } from "./resilience.js";
export { nodeFetch } from "./transport.js";
export {
  describeFsError,
  type TaskInfo,
  type UploadOptions,
  type UploadProgress,
  type UploadResult,
} from "./upload.js";
