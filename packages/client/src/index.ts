export type { AuthApi, LoginOptions, LoginRequest } from "./api/auth.js";
export type { FsApi, FsGetData, FsGetRequest, Obj } from "./api/fs.js";
export type { PublicApi } from "./api/public.js";
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
export { hashPassword } from "./password-hash.js";
export { encodeFilePath, normalizeRemotePath } from "./remote-path.js";
export { nodeFetch } from "./transport.js";
export type { TaskInfo, UploadOptions, UploadProgress, UploadResult } from "./upload.js";
