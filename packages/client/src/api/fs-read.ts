/** Reading folders: fs/list (one page, or every page with listAll), fs/dirs, fs/search, fs/other. */
import type { CallOptions, Core } from "../core.js";
import { AlistInputError } from "../errors.js";
import type { components } from "../generated/schema.js";
import { normalizeRemotePath } from "../remote-path.js";
import { listData, objectData, READ } from "./data.js";
import type { Obj } from "./fs.js";

type Schemas = components["schemas"];
export type FsListRequest = Schemas["FsListRequest"];
/** One page of a folder. `content` is always a list: the server's `null` (empty folder, page past the end) becomes `[]`. */
export type FsListPage = Omit<Schemas["FsListData"], "content"> & { content: Obj[] };
export type FsDirsRequest = Schemas["FsDirsRequest"];
export type DirEntry = Schemas["DirEntry"];
export type FsSearchRequest = Schemas["FsSearchRequest"];
export type SearchHit = Schemas["SearchHit"];
export interface FsSearchResult {
  content: SearchHit[];
  /** Hits in the index before the ones the user may not see were removed. */
  total: number;
}
export type FsOtherRequest = Schemas["FsOtherRequest"];

/** Entries per request for listAll: a full page on every server line (AlistGo caps pages at 500). */
export const DEFAULT_LIST_PAGE_SIZE = 200;

export interface ListAllOptions extends CallOptions {
  /** Entries per request; default 200. */
  perPage?: number;
  /** The folder password, when it has one. */
  password?: string;
  /** Re-read the folder from the storage (first request only; needs write permission). */
  refresh?: boolean;
}

export interface FsReadApi {
  /** One page of a folder (POST /api/fs/list); `per_page` 0 means all on alist and OpenList. */
  fsList(request: FsListRequest, options?: CallOptions): Promise<FsListPage>;
  /** Every entry of a folder, fetched page by page as the caller iterates. */
  listAll(path: string, options?: ListAllOptions): AsyncGenerator<Obj, void, undefined>;
  /** The subfolders of a folder (POST /api/fs/dirs); none is `[]`. */
  fsDirs(request: FsDirsRequest, options?: CallOptions): Promise<DirEntry[]>;
  /** Searches the index (POST /api/fs/search); without an index the server says code 500 "search not available". */
  fsSearch(request: FsSearchRequest, options?: CallOptions): Promise<FsSearchResult>;
  /** A storage driver's own method on a file (POST /api/fs/other); the result is driver-defined. */
  fsOther(request: FsOtherRequest, options?: CallOptions): Promise<unknown>;
}

/** The request with its AList path normalised (and `..` refused) when it has one. */
function withPath<T extends object, K extends keyof T>(request: T, key: K): T {
  const value = request[key];
  return typeof value === "string" ? { ...request, [key]: normalizeRemotePath(value) } : request;
}

export function fsReadApi(core: Core): FsReadApi {
  async function fsList(request: FsListRequest, call?: CallOptions): Promise<FsListPage> {
    const body = withPath(request, "path");
    const data = await core.json(
      "fsList",
      call,
      (init) => core.raw.POST("/api/fs/list", { body, parseAs: "text", ...init }),
      READ,
    );
    const page = objectData<Schemas["FsListData"]>("fsList", data, "the folder");
    return { ...page, content: listData<Obj>("fsList", page.content, "content") };
  }

  async function* listAll(path: string, options: ListAllOptions = {}): AsyncGenerator<Obj, void, undefined> {
    const { perPage = DEFAULT_LIST_PAGE_SIZE, password, refresh, ...call } = options;
    if (!Number.isSafeInteger(perPage) || perPage < 1) {
      throw new AlistInputError(`perPage must be a whole number of at least 1, got ${perPage}`);
    }
    let seen = 0;
    for (let page = 1; ; page++) {
      const result = await fsList(
        {
          path,
          page,
          per_page: perPage,
          ...(password ? { password } : {}),
          ...(refresh && page === 1 ? { refresh: true } : {}),
        },
        call,
      );
      // An empty page ends the walk even if `total` promised more (entries removed meanwhile).
      if (result.content.length === 0) return;
      yield* result.content;
      seen += result.content.length;
      if (seen >= result.total) return;
    }
  }

  return {
    fsList,
    listAll,

    async fsDirs(request, call) {
      const body = withPath(request, "path");
      const data = await core.json(
        "fsDirs",
        call,
        (init) => core.raw.POST("/api/fs/dirs", { body, parseAs: "text", ...init }),
        READ,
      );
      return listData<DirEntry>("fsDirs", data, "the folders");
    },

    async fsSearch(request, call) {
      const body = withPath(request, "parent");
      const data = await core.json(
        "fsSearch",
        call,
        (init) => core.raw.POST("/api/fs/search", { body, parseAs: "text", ...init }),
        READ,
      );
      const found = objectData<FsSearchResult>("fsSearch", data, "the hits");
      return { content: listData<SearchHit>("fsSearch", found.content, "content"), total: found.total };
    },

    async fsOther(request, call) {
      const body = withPath(request, "path");
      return core.json("fsOther", call, (init) => core.raw.POST("/api/fs/other", { body, parseAs: "text", ...init }));
    },
  };
}
