/**
 * DO NOT EDIT: generated from spec/openapi.yaml by `pnpm generate`.
 * Change the spec, then regenerate; CI fails when this file and the spec disagree.
 */

/** UserRole: each value by name. */
export const UserRole = {
  general: 0,
  guest: 1,
  admin: 2,
} as const;

/** UserRole: what each value means, in words. */
export const UserRoleText: Readonly<Record<number, string>> = {
  0: "general",
  1: "guest",
  2: "admin",
};

/** Permission: the bits every server line gives the same meaning, by bit number. */
export const PermissionBits: readonly string[] = ["see hidden","no folder password","offline download","write","rename","move","copy","remove","webdav read","webdav write","ftp read","ftp write","read archives","decompress"];

/** Permission: bits whose meaning depends on the server line. */
export const PermissionBitsByLine: Readonly<Record<string, Readonly<Record<number, string>>>> = {"openlist":{"14":"share","15":"custom share id"},"alistgo":{"14":"check path limit","15":"mcp read","16":"mcp write"}};

/** ObjType: each value by name. */
export const ObjType = {
  unknown: 0,
  folder: 1,
  video: 2,
  audio: 3,
  text: 4,
  image: 5,
} as const;

/** ObjType: what each value means, in words. */
export const ObjTypeText: Readonly<Record<number, string>> = {
  0: "file",
  1: "folder",
  2: "video",
  3: "audio",
  4: "text",
  5: "image",
};

/** TaskState: each value by name. */
export const TaskState = {
  pending: 0,
  running: 1,
  succeeded: 2,
  canceling: 3,
  canceled: 4,
  errored: 5,
  failing: 6,
  failed: 7,
  waitingRetry: 8,
  beforeRetry: 9,
} as const;

/** TaskState: what each value means, in words. */
export const TaskStateText: Readonly<Record<number, string>> = {
  0: "pending",
  1: "running",
  2: "succeeded",
  3: "canceling",
  4: "canceled",
  5: "errored",
  6: "failing",
  7: "failed",
  8: "waiting retry",
  9: "before retry",
};

/** TaskState: the values a task does not leave on its own. */
export const TaskStateDone: readonly number[] = [2,4,7];
