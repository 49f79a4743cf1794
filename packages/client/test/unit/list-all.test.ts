import { describe, expect, it } from "vitest";
import { AlistInputError, type Obj } from "../../src/index.js";
import { observedClient, ok, type SeenRequest } from "../support/observed-client.js";

const entry = (i: number): Obj => ({
  name: `file-${String(i).padStart(4, "0")}.txt`,
  size: i,
  is_dir: false,
  modified: "2024-05-17T13:47:55+08:00",
  created: "2024-05-17T13:47:55+08:00",
  sign: "",
  thumb: "",
  type: 4,
  hashinfo: "null",
  hash_info: null,
});

interface FolderOptions {
  /** The most entries the server puts on a page, whatever is asked (AlistGo: 500). */
  cap?: number;
  /** What the server claims as `total` (entries can vanish between pages). */
  total?: number;
}

/** A folder of `count` entries paged like alist: a page past the end has `content: null`. */
function folder(count: number, options: FolderOptions = {}) {
  const entries = Array.from({ length: count }, (_, i) => entry(i));
  return observedClient(({ body }) => {
    const { page, per_page } = body as { page: number; per_page: number };
    const size = Math.min(per_page, options.cap ?? per_page);
    const slice = entries.slice((page - 1) * size, page * size);
    return ok({
      content: slice.length > 0 ? slice : null,
      total: options.total ?? count,
      readme: "",
      header: "",
      write: true,
      provider: "Local",
    });
  });
}

async function collect(iterator: AsyncIterable<Obj>): Promise<string[]> {
  const names: string[] = [];
  for await (const item of iterator) names.push(item.name);
  return names;
}

const pagesAsked = (seen: SeenRequest[]) =>
  seen.map((request) => (request.body as { page: number; per_page: number }).page);

describe("listAll", () => {
  it("pages through the folder 200 at a time and stops at `total` without asking for an empty page", async () => {
    const { client, seen } = await folder(450);
    const names = await collect(client.listAll("/local/big"));
    expect(names).toHaveLength(450);
    expect(names[0]).toBe("file-0000.txt");
    expect(names[449]).toBe("file-0449.txt");
    expect(pagesAsked(seen)).toEqual([1, 2, 3]);
    expect(seen.every((r) => (r.body as { per_page: number }).per_page === 200)).toBe(true);
    expect(seen.every((r) => r.method === "POST" && r.url.pathname === "/api/fs/list")).toBe(true);
  });

  it("takes the page size from the caller", async () => {
    const { client, seen } = await folder(5);
    expect(await collect(client.listAll("/local/small", { perPage: 2 }))).toHaveLength(5);
    expect(seen.map((r) => r.body)).toEqual([
      { path: "/local/small", page: 1, per_page: 2 },
      { path: "/local/small", page: 2, per_page: 2 },
      { path: "/local/small", page: 3, per_page: 2 },
    ]);
  });

  it("an empty folder (`content: null`, total 0) yields nothing after one request", async () => {
    const { client, seen } = await folder(0);
    expect(await collect(client.listAll("/local/empty"))).toEqual([]);
    expect(seen).toHaveLength(1);
  });

  it("keeps going when the server serves smaller pages than asked (AlistGo caps at 500)", async () => {
    const { client, seen } = await folder(1200, { cap: 500 });
    expect(await collect(client.listAll("/alistgo/big", { perPage: 1000 }))).toHaveLength(1200);
    expect(pagesAsked(seen)).toEqual([1, 2, 3]);
  });

  it("stops on a short page when `total` promised more than there is", async () => {
    const { client, seen } = await folder(3, { total: 10 });
    expect(await collect(client.listAll("/local/shrinking", { perPage: 2 }))).toHaveLength(3);
    expect(pagesAsked(seen)).toEqual([1, 2]);
  });

  it("stops on an empty page when `total` promised more than there is", async () => {
    const { client, seen } = await folder(4, { total: 10 });
    expect(await collect(client.listAll("/local/shrinking", { perPage: 2 }))).toHaveLength(4);
    expect(pagesAsked(seen)).toEqual([1, 2, 3]);
  });

  it("sends the password on every page and `refresh` on the first only", async () => {
    const { client, seen } = await folder(3);
    await collect(client.listAll("/private", { perPage: 1, password: "hunter2", refresh: true }));
    expect(seen.map((r) => r.body)).toEqual([
      { path: "/private", page: 1, per_page: 1, password: "hunter2", refresh: true },
      { path: "/private", page: 2, per_page: 1, password: "hunter2" },
      { path: "/private", page: 3, per_page: 1, password: "hunter2" },
    ]);
  });

  it("fetches no further than the caller reads", async () => {
    const { client, seen } = await folder(450);
    for await (const item of client.listAll("/local/big", { perPage: 100 })) {
      expect(item.name).toBe("file-0000.txt");
      break;
    }
    expect(seen).toHaveLength(1);
  });

  it.each([0, -1, 1.5, Number.NaN])("refuses perPage %s before sending anything", async (perPage) => {
    const { client, seen } = await folder(3);
    await expect(collect(client.listAll("/local", { perPage }))).rejects.toBeInstanceOf(AlistInputError);
    expect(seen).toHaveLength(0);
  });
});
