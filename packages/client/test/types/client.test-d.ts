/**
 * Compile-time contract: the typed client refuses calls the spec forbids. Each
 * `@ts-expect-error` fails the typecheck if the line ever starts to compile.
 */
import { describe, expectTypeOf, it } from "vitest";
import { type AlistClient, createAlistClient, type DataOf, type FsGetData, type TaskInfo } from "../../src/index.js";

declare const client: AlistClient;

describe("typed client", () => {
  it("fsGet returns the spec's object type", () => {
    expectTypeOf(client.fsGet({ path: "/" })).resolves.toEqualTypeOf<FsGetData>();
    // Derived from the spec's operation, not declared beside it.
    expectTypeOf(client.fsGet({ path: "/" })).resolves.toEqualTypeOf<DataOf<"fsGet">>();
    expectTypeOf(client.fsLink({ path: "/" })).resolves.toEqualTypeOf<DataOf<"fsLink">>();
    expectTypeOf<FsGetData["hash_info"]>().toEqualTypeOf<{ [key: string]: string } | null>();
    expectTypeOf<FsGetData["type"]>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5>();
    expectTypeOf<TaskInfo["state"]>().toEqualTypeOf<0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9>();
    expectTypeOf<TaskInfo["progress"]>().toEqualTypeOf<number>();
  });

  it("refuses bodies that break the contract", () => {
    // @ts-expect-error fs/get's path is a string
    void client.fsGet({ path: 42 });
    // @ts-expect-error login needs a username
    void client.login({ password: "x" });
    // @ts-expect-error a size must be a number
    void client.upload("/tmp/a", "/a", { size: "10" });
  });

  it("the raw client refuses wrong routes, methods and bodies", () => {
    // @ts-expect-error fs/put is PUT, not POST
    void client.raw.POST("/api/fs/put", {});
    // @ts-expect-error no such route
    void client.raw.POST("/api/fs/gett", { body: { path: "/" } });
    // @ts-expect-error login without username
    void client.raw.POST("/api/auth/login", { body: { password: "x" } });
    // @ts-expect-error fs/put needs the File-Path header
    void client.raw.PUT("/api/fs/put", { params: { header: { "Content-Length": 1 } }, body: new Uint8Array() });
    void client.raw.PUT("/api/fs/put", {
      params: { header: { "File-Path": "%2Fa", "Content-Length": 1 } },
      body: new Uint8Array([1]),
      bodySerializer: (body) => body,
    });
  });

  it("createAlistClient needs a base URL", () => {
    // @ts-expect-error baseUrl is required
    createAlistClient({ token: "t" });
  });
});
