/** Files and folders: fs/get (the uploads are per runtime: file-upload.ts, blob-upload.ts). */
import type { components } from "../generated/schema.js";
import { bodyCall } from "../operation-call.js";
import type { Pipeline } from "../pipeline.js";
import { normalizeRemotePath } from "../remote-path.js";
import { objectData } from "./answer-checks.js";
import { checkObj } from "./obj-check.js";

export type Obj = components["schemas"]["Obj"];
export type FsGetData = components["schemas"]["FsGetData"];
export type FsGetRequest = components["schemas"]["FsGetRequest"];

export function fsCalls(pipeline: Pipeline) {
  return {
    /** One file or folder (POST /api/fs/get). */
    fsGet: bodyCall(
      pipeline,
      "fsGet",
      (request) => (request.path !== undefined ? { ...request, path: normalizeRemotePath(request.path) } : request),
      (data, op) => {
        checkObj(op, objectData(op, data, "the object"), "data");
        return data;
      },
    ),
  };
}
