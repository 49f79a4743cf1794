/** The Node build uploads a Blob or File too (as the web build does), streamed, with a File's mtime. */
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AlistClient, createAlistClient } from "../../src/index.js";

let mock: RunningStatefulMock;
let alist: AlistClient;

beforeAll(async () => {
  mock = await startMock();
  alist = createAlistClient({ baseUrl: mock.url });
  await alist.login({ username: "admin", password: "admin" });
});
afterAll(() => mock?.stop());

describe("upload of a Blob under Node", () => {
  it("sends every byte with progress to the total, and the server stores its size", async () => {
    const bytes = 3 * 1024 * 1024 + 5;
    const seen: number[] = [];
    const result = await alist.upload(new Blob([new Uint8Array(bytes).fill(7)]), "/local/blob-node/a.bin", {
      onProgress: ({ sent, total }) => {
        expect(total).toBe(bytes);
        seen.push(sent);
      },
    });
    expect(result.size).toBe(bytes);
    expect(seen.at(-1)).toBe(bytes);
    expect((await alist.fsGet({ path: "/local/blob-node/a.bin" })).size).toBe(bytes);
  });

  it("sends a File's lastModified as the file's modification time", async () => {
    const when = Date.UTC(2023, 10, 14, 22, 13, 20);
    await alist.upload(new File(["hello"], "ignored.txt", { lastModified: when }), "/local/blob-node/b.txt");
    const stored = await alist.fsGet({ path: "/local/blob-node/b.txt" });
    expect(new Date(stored.modified).getTime()).toBe(when);
  });
});
