/**
 * Compile-time contract for the me, fs, task and public calls: results carry the spec's types
 * (null lists already mapped to lists) and bodies that break the spec do not compile.
 */
import { describe, expectTypeOf, it } from "vitest";
import type {
  AlistClient,
  CurrentUser,
  DataOf,
  DirEntry,
  FsListPage,
  FsTasksResult,
  Link,
  Obj,
  TaskFailures,
  TaskInfo,
} from "../../src/index.js";

declare const client: AlistClient;

describe("typed results", () => {
  it("lists are never null for callers", () => {
    expectTypeOf<FsListPage["content"]>().toEqualTypeOf<Obj[]>();
    expectTypeOf(client.fsDirs({ path: "/" })).resolves.toEqualTypeOf<DirEntry[]>();
    expectTypeOf(client.archiveExtensions()).resolves.toEqualTypeOf<string[]>();
    expectTypeOf(client.listAll("/")).toEqualTypeOf<AsyncGenerator<Obj, void, undefined>>();
  });

  it("results are the spec's success data (DataOf), not types declared beside it", () => {
    expectTypeOf(client.me()).resolves.toEqualTypeOf<DataOf<"me">>();
    expectTypeOf(client.fsDirs({ path: "/" })).resolves.toEqualTypeOf<NonNullable<DataOf<"fsDirs">>>();
    expectTypeOf(client.taskInfo("upload", "id")).resolves.toEqualTypeOf<DataOf<"taskInfo">>();
    expectTypeOf(client.taskCancelSome("copy", ["id"])).resolves.toEqualTypeOf<DataOf<"taskCancelSome">>();
    expectTypeOf(client.publicSettings()).resolves.toEqualTypeOf<DataOf<"publicSettings">>();
  });

  it("each call resolves to the spec's shape", () => {
    expectTypeOf(client.me()).resolves.toEqualTypeOf<CurrentUser>();
    expectTypeOf<CurrentUser["role"]>().toEqualTypeOf<0 | 1 | 2 | number[]>();
    expectTypeOf(client.publicSettings()).resolves.toEqualTypeOf<Record<string, string>>();
    expectTypeOf(client.fsLink({ path: "/a" })).resolves.toEqualTypeOf<Link>();
    expectTypeOf<Link["Expiration"]>().toEqualTypeOf<number | null>();
    expectTypeOf(client.fsCopy({ src_dir: "/a", dst_dir: "/b", names: ["x"] })).resolves.toEqualTypeOf<FsTasksResult>();
    expectTypeOf(client.taskInfo("upload", "id")).resolves.toEqualTypeOf<TaskInfo>();
    expectTypeOf(client.taskCancelSome("copy", ["id"])).resolves.toEqualTypeOf<TaskFailures>();
    expectTypeOf(client.waitForTask("upload", "id")).resolves.toEqualTypeOf<TaskInfo>();
    expectTypeOf(client.fsMkdir({ path: "/a" })).resolves.toEqualTypeOf<void>();
  });
});

describe("bodies that break the spec do not compile", () => {
  it("fs calls", () => {
    // @ts-expect-error move needs names
    void client.fsMove({ src_dir: "/a", dst_dir: "/b" });
    // @ts-expect-error names is a list of strings
    void client.fsRemove({ dir: "/a", names: "x.txt" });
    // @ts-expect-error recursive move knows only cancel, overwrite and skip
    void client.fsRecursiveMove({ src_dir: "/a", dst_dir: "/b", conflict_policy: "merge" });
    // @ts-expect-error per_page is a number
    void client.fsList({ path: "/", per_page: "all" });
    // @ts-expect-error search needs keywords, page and per_page
    void client.fsSearch({ parent: "/" });
    // @ts-expect-error no such delete policy
    void client.fsAddOfflineDownload({ urls: ["u"], path: "/", tool: "aria2", delete_policy: "sometimes" });
    // @ts-expect-error form uploads take a path or a Blob, not a stream size
    void client.uploadForm("/tmp/a", "/a", { size: 10 });
  });

  it("me and task calls", () => {
    // @ts-expect-error me/update needs a username
    void client.meUpdate({ password: "new" });
    // @ts-expect-error 2FA verify needs the secret too
    void client.twoFactorVerify({ code: "123456" });
    // @ts-expect-error not a task queue of any server line
    void client.taskUndone("moves");
    // @ts-expect-error batch calls take a list of ids
    void client.taskRetrySome("upload", "id");
  });

  it("the raw client knows the new routes", () => {
    // @ts-expect-error logout is a GET
    void client.raw.POST("/api/auth/logout", {});
    // @ts-expect-error task info needs tid in the query
    void client.raw.POST("/api/task/{type}/info", { params: { path: { type: "upload" } } });
    void client.raw.POST("/api/task/{type}/info", { params: { path: { type: "upload" }, query: { tid: "x" } } });
  });
});
