/**
 * The calls every runtime's client has: the typed JSON calls of src/api/ over the one
 * pipeline, plus the openapi-fetch client they all go through, as `raw`. The transfers
 * (uploads, downloads) are per runtime: client.ts (Node) and web-client.ts (everywhere else).
 */
import { authCalls, type PasswordHasher } from "./api/auth.js";
import { fsCalls } from "./api/fs.js";
import { fsManageCalls } from "./api/fs-manage.js";
import { fsReadCalls } from "./api/fs-read.js";
import { meCalls } from "./api/me.js";
import { publicCalls } from "./api/public.js";
import { tasksCalls } from "./api/tasks.js";
import { checkToken } from "./header-values.js";
import { type AlistClientOptions, createPipeline, type Pipeline, type PipelinePlatform } from "./pipeline.js";

export interface CorePlatform extends PipelinePlatform {
  hashPassword: PasswordHasher;
}

export function createClientCore(options: AlistClientOptions, platform: CorePlatform) {
  const pipeline: Pipeline = createPipeline(options, platform);
  const fs = fsCalls(pipeline);
  const calls = {
    ...publicCalls(pipeline),
    ...authCalls(pipeline, platform.hashPassword, options),
    ...meCalls(pipeline),
    ...fs,
    ...fsReadCalls(pipeline),
    ...fsManageCalls(pipeline),
    ...tasksCalls(pipeline),
    baseUrl: pipeline.baseUrl,
    /** The token in use, if any. */
    get token(): string | undefined {
      return pipeline.token;
    },
    setToken(next: string | undefined): void {
      checkToken(next);
      pipeline.token = next || undefined;
    },
    /**
     * The openapi-fetch client every typed call goes through: its middleware (`raw.use`) sees
     * them all. Called directly, it sends what it is given (no token is added).
     */
    raw: pipeline.raw,
  };
  return { pipeline, calls };
}
