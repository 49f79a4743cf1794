export {
  type AlistClient,
  type AlistClientOptions,
  type CallOptions,
  createAlistClient,
  DEFAULT_TIMEOUT_MS,
  type FsGetData,
  type FsGetRequest,
  type LoginOptions,
  type LoginRequest,
  type Obj,
} from "./client.js";
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
