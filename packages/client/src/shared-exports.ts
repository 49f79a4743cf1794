/** What every entry of the client exports: the calls' types, the errors, the spec's tables and enums. */
export type { LoginOptions, LoginRequest } from "./api/auth.js";
export type { FsGetData, FsGetRequest, Obj } from "./api/fs.js";
export type {
  FsBatchRenameRequest,
  FsCopyRequest,
  FsLinkRequest,
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
  type FsSearchRequest,
  type FsSearchResult,
  type ListAllOptions,
  type SearchHit,
} from "./api/fs-read.js";
export type { CurrentUser, MeUpdateRequest, TwoFactorSecret, TwoFactorVerifyRequest } from "./api/me.js";
export { signedDownloadUrl } from "./api/signed-url.js";
export {
  DONE_TASK_STATES,
  TASK_TYPES,
  type TaskFailures,
  type TaskInfo,
  type TaskType,
  type WaitForTaskOptions,
} from "./api/tasks.js";
export { ERROR_BODY_MAX_BYTES, JSON_BODY_MAX_BYTES, UPLOAD_ANSWER_MAX_BYTES } from "./body-limits.js";
export { describeError } from "./describe-error.js";
export {
  AlistError,
  AlistInputError,
  AlistNetworkError,
  AlistOtpError,
  AlistProtocolError,
  AlistTimeoutError,
  AlistToolkitError,
  LocalFileError,
  UsageError,
} from "./errors.js";
export {
  ObjType,
  ObjTypeText,
  PermissionBits,
  PermissionBitsByLine,
  TaskState,
  TaskStateText,
  UserRole,
  UserRoleText,
} from "./generated/enums.js";
export { type OperationId, operationTable } from "./generated/operations.js";
export type { components, operations, paths } from "./generated/schema.js";
export { DEFAULT_IDLE_TIMEOUT_MS } from "./idle-timer.js";
export { describeFsError } from "./local-file-errors.js";
export type { BodyOf, DataOf, SuccessData } from "./operation-types.js";
export { hashPasswordAsync } from "./password-hash-web.js";
export {
  type AlistClientOptions,
  type AnswerInfo,
  type CallOptions,
  DEFAULT_TIMEOUT_MS,
  type UnattendedLogin,
} from "./pipeline.js";
export { encodeFilePath, normalizeRemotePath } from "./remote-path.js";
export type { RetryPolicy } from "./resilience.js";
export type {
  UploadOptions,
  UploadProgress,
  UploadResult,
} from "./upload-headers.js";
