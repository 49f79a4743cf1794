/**
 * The AList client: the typed calls of src/api/ over the one pipeline (pipeline.ts), plus
 * the openapi-fetch client they all go through, as `raw`.
 */
import { authCalls } from "./api/auth.js";
import { downloadCalls } from "./api/download.js";
import { fsCalls } from "./api/fs.js";
import { fsManageCalls } from "./api/fs-manage.js";
import { fsReadCalls } from "./api/fs-read.js";
import { meCalls } from "./api/me.js";
import { publicCalls } from "./api/public.js";
import { tasksCalls } from "./api/tasks.js";
import { checkToken } from "./header-values.js";
import { type AlistClientOptions, createPipeline } from "./pipeline.js";

/**
 * Makes a client for one AList / OpenList server. Nothing is sent until the first call; a
 * malformed `baseUrl` throws `AlistInputError` at once.
 *
 * @example
 * ```ts
 * const alist = createAlistClient({ baseUrl: "http://127.0.0.1:5244" });
 * await alist.login({ username: "admin", password });
 * const file = await alist.fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
 * ```
 */
export function createAlistClient(options: AlistClientOptions) {
  const pipeline = createPipeline(options);
  const fs = fsCalls(pipeline);
  return {
    ...publicCalls(pipeline),
    ...authCalls(pipeline, options),
    ...meCalls(pipeline),
    ...fs,
    ...fsReadCalls(pipeline),
    ...fsManageCalls(pipeline),
    ...tasksCalls(pipeline),
    ...downloadCalls(pipeline, fs.fsGet),
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
}

/** Every typed call of the API, by area, on one object: what `createAlistClient` returns. */
export type AlistClient = ReturnType<typeof createAlistClient>;
