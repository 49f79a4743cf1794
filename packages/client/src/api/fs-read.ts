/** Reading folders: fs/list (one page, or every page with listAll), fs/dirs, fs/search, fs/other. */
import { AlistInputError, AlistProtocolError } from "../errors.js";
import type { components } from "../generated/schema.js";
import { asIs, bodyCall } from "../operation-call.js";
import type { CallOptions, Pipeline } from "../pipeline.js";
import { normalizeRemotePath } from "../remote-path.js";
import { listData, objectData } from "./answer-checks.js";
import type { Obj } from "./fs.js";
import { checkEntry } from "./obj-check.js";

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
/** The smallest page a server is taken to cap at (AlistGo: 500); a shorter first page ends the walk. */
const SERVER_PAGE_FLOOR = 100;

export interface ListAllOptions extends CallOptions {
  /** Entries per request; default 200. */
  perPage?: number;
  /** The folder password, when it has one. */
  password?: string;
  /** Re-read the folder from the storage (first request only; needs write permission). */
  refresh?: boolean;
}

/** The request with its AList path normalised (and `..` refused) when it has one. */
function withPath<T extends object, K extends keyof T>(request: T, key: K): T {
  const value = request[key];
  return typeof value === "string" ? { ...request, [key]: normalizeRemotePath(value) } : request;
}

export function fsReadCalls(pipeline: Pipeline) {
  /** One page of a folder (POST /api/fs/list); `per_page` 0 means all on alist and OpenList. */
  const fsList = bodyCall(
    pipeline,
    "fsList",
    (request) => withPath(request, "path"),
    (data, op): FsListPage => {
      const page = objectData(op, data, "the folder");
      const content = listData(op, page.content, "content");
      content.forEach((entry, i) => {
        checkEntry(op, entry, `content[${i}]`);
      });
      if (!Number.isSafeInteger(page.total) || page.total < 0) {
        const reason = page.total === undefined ? "success without total" : "success with a total that is not a count";
        throw new AlistProtocolError(op, 200, "application/json", reason);
      }
      return { ...page, content };
    },
  );

  /** Every entry of a folder, fetched page by page as the caller iterates. */
  async function* listAll(path: string, options: ListAllOptions = {}): AsyncGenerator<Obj, void, undefined> {
    const { perPage = DEFAULT_LIST_PAGE_SIZE, password, refresh, ...call } = options;
    if (!Number.isSafeInteger(perPage) || perPage < 1) {
      throw new AlistInputError(`perPage must be a whole number of at least 1, got ${perPage}`);
    }
    let seen = 0;
    // What a page holds on this server, and the most pages the first answer's total allows.
    let pageSize = perPage;
    let maxPages = 1;
    let previous: string | undefined;
    for (let page = 1; page <= maxPages; page++) {
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
      const { content, total } = result;
      // An empty page ends the walk even if `total` promised more (entries removed meanwhile).
      if (content.length === 0) return;
      if (page === 1) {
        // AlistGo serves at most 500 a page whatever is asked: a short but sizeable first page,
        // with more to come, is this server's page size. A page shorter than that is the last.
        if (content.length < perPage && content.length >= SERVER_PAGE_FLOOR && content.length < total) {
          pageSize = content.length;
        }
        maxPages = Math.ceil(total / pageSize) + 1;
      }
      // A server that ignores `page` would send the same entries forever.
      const fingerprint = JSON.stringify(content);
      if (fingerprint === previous) {
        throw new AlistProtocolError(
          "fsList",
          200,
          "application/json",
          `page ${page} repeats page ${page - 1} (the server ignores the page asked for)`,
        );
      }
      previous = fingerprint;
      yield* content;
      seen += content.length;
      if (seen >= total || content.length < pageSize) return;
    }
  }

  return {
    fsList,
    listAll,
    /** The subfolders of a folder (POST /api/fs/dirs); none is `[]`. */
    fsDirs: bodyCall(
      pipeline,
      "fsDirs",
      (request) => withPath(request, "path"),
      (data, op) => listData(op, data, "the folders"),
    ),
    /** Searches the index (POST /api/fs/search); without an index the server says code 500 "search not available". */
    fsSearch: bodyCall(
      pipeline,
      "fsSearch",
      (request) => withPath(request, "parent"),
      (data, op): FsSearchResult => {
        const found = objectData(op, data, "the hits");
        return { content: listData(op, found.content, "content"), total: found.total };
      },
    ),
    /** A storage driver's own method on a file (POST /api/fs/other); the result is driver-defined. */
    fsOther: bodyCall(pipeline, "fsOther", (request) => withPath(request, "path"), asIs),
  };
}
