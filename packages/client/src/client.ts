/**
 * The AList client: typed calls built on openapi-fetch, plus what a raw client lacks —
 * errors read from HTTP 200 bodies, the raw-token Authorization header, hash login with a
 * distinct one-time-code error, timeouts, streaming upload and download, and the `/ping` check. Each API
 * area lives in src/api/; this file only puts them together.
 */
import type { Client } from "openapi-fetch";
import { type AuthApi, authApi } from "./api/auth.js";
import { type DownloadApi, downloadApi } from "./api/download.js";
import { type FsApi, fsApi } from "./api/fs.js";
import { type FsManageApi, fsManageApi } from "./api/fs-manage.js";
import { type FsReadApi, fsReadApi } from "./api/fs-read.js";
import { type MeApi, meApi } from "./api/me.js";
import { type PublicApi, publicApi } from "./api/public.js";
import { type PublicSettingsApi, publicSettingsApi } from "./api/public-settings.js";
import { type TasksApi, tasksApi } from "./api/tasks.js";
import { type AlistClientOptions, createCore } from "./core.js";
import type { paths } from "./generated/schema.js";
import { checkToken } from "./header-values.js";

export interface ClientBase {
  readonly baseUrl: string;
  /** The token in use, if any. */
  readonly token: string | undefined;
  setToken(token: string | undefined): void;
  /** The underlying openapi-fetch client, for calls this wrapper does not cover. */
  readonly raw: Client<paths>;
}

/** Every typed call of the API, by area, on one object: what `createAlistClient` returns. */
export type AlistClient = ClientBase &
  PublicApi &
  PublicSettingsApi &
  AuthApi &
  MeApi &
  FsApi &
  FsReadApi &
  FsManageApi &
  TasksApi &
  DownloadApi;

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
export function createAlistClient(options: AlistClientOptions): AlistClient {
  const core = createCore(options);
  const fs = fsApi(core);
  const base: ClientBase = {
    baseUrl: core.baseUrl,
    get token() {
      return core.token;
    },
    setToken(next) {
      checkToken(next);
      core.token = next || undefined;
    },
    get raw() {
      return core.publicRaw;
    },
  };
  return Object.defineProperties(
    {
      ...publicApi(core),
      ...publicSettingsApi(core),
      ...authApi(core),
      ...meApi(core),
      ...fs,
      ...fsReadApi(core),
      ...fsManageApi(core),
      ...tasksApi(core),
      ...downloadApi(core, fs.fsGet),
    },
    Object.getOwnPropertyDescriptors(base),
  ) as AlistClient;
}
