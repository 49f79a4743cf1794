/** Reading the seeded library with the real client: list, get, related, dirs, search, link, downloads. */
import { describe, expect, it } from "vitest";
import { useMock } from "./support.js";

const h = useMock();
const names = (entries: { name: string }[]) => entries.map((entry) => entry.name);

describe("stateful mock: reading", () => {
  it("lists the storages at / and a storage's folders and files", async () => {
    expect(names((await h.admin.fsList({ path: "/" })).content)).toEqual(["115", "local"]);
    const local = await h.admin.fsList({ path: "/local" });
    expect(names(local.content)).toEqual(["Backups", "Documents", "Movies", "Music", "Pictures", "README.md"]);
    expect(local).toMatchObject({ total: 6, provider: "Local", write: true });
  });

  it("paginates, and answers content null for an empty folder or a page past the end", async () => {
    const page = await h.admin.fsList({ path: "/local", page: 2, per_page: 4 });
    expect(names(page.content)).toEqual(["Pictures", "README.md"]);
    expect(page.total).toBe(6);
    expect(
      ((await h.call("/api/fs/list", { path: "/local/Backups" })).data as { content: unknown }).content,
    ).toBeNull();
    const past = (await h.call("/api/fs/list", { path: "/local", page: 9, per_page: 4 })).data as Record<
      string,
      unknown
    >;
    expect(past).toMatchObject({ content: null, total: 6 });
  });

  it("refuses refresh without write permission and with the real messages for missing paths", async () => {
    const reader = await h.as("reader", "reader");
    await expect(reader.fsList({ path: "/local", refresh: true })).rejects.toMatchObject({
      code: 403,
      serverMessage: "Refresh without permission",
    });
    await expect(h.admin.fsList({ path: "/local/nope" })).rejects.toMatchObject({
      code: 500,
      serverMessage: "failed get objs: failed get dir: object not found",
    });
    await expect(h.admin.fsList({ path: "/nowhere" })).rejects.toMatchObject({
      serverMessage: "failed get storage: storage not found; rawPath: /nowhere",
    });
    await expect(h.admin.fsGet({ path: "/local/nope.txt" })).rejects.toMatchObject({
      code: 500,
      serverMessage: "object not found",
    });
    const dotdot = await h.call("/api/fs/list", { path: "/local/../115" });
    expect(dotdot).toMatchObject({ code: 403, message: "access using relative path is not allowed" });
  });

  it("gets a file with its hash, sign, raw URL and related subtitle; a folder has type 0", async () => {
    const file = await h.admin.fsGet({ path: "/115/Movies/Sintel (2010).mkv" });
    expect(file).toMatchObject({ name: "Sintel (2010).mkv", is_dir: false, type: 2, provider: "115 Cloud" });
    expect(file.hash_info?.sha1).toMatch(/^[0-9A-F]{40}$/);
    expect(file.sign).toMatch(/^[\w-]{43}=:0$/);
    expect(file.raw_url).toBe(`${h.mock.url}/p/115/Movies/Sintel%20(2010).mkv?sign=${file.sign}`);
    expect(names(file.related ?? [])).toEqual(["Sintel (2010).ass"]);
    const dir = await h.admin.fsGet({ path: "/local/Movies" });
    expect(dir).toMatchObject({ is_dir: true, type: 0, raw_url: "", sign: "", related: null });
    expect((await h.admin.fsGet({ path: "/local/README.md" })).hash_info).toBeNull();
  });

  it("serves the bytes at raw_url and /d with Range, and refuses a wrong sign", async () => {
    const readme = await h.admin.fsGet({ path: "/local/README.md" });
    const whole = await fetch(readme.raw_url);
    const text = await whole.text();
    expect(text).toMatch(/^# Media library/);
    expect(Number(whole.headers.get("content-length"))).toBe(readme.size);
    const part = await fetch(`${h.mock.url}/d/local/README.md?sign=${readme.sign}`, {
      headers: { Range: "bytes=2-6" },
    });
    expect(part.status).toBe(206);
    expect(part.headers.get("content-range")).toBe(`bytes 2-6/${readme.size}`);
    expect(await part.text()).toBe(text.slice(2, 7));
    const video = await h.admin.fsGet({ path: "/local/Movies/Big Buck Bunny.mkv" });
    const tail = await fetch(video.raw_url, { headers: { Range: "bytes=-100" } });
    expect(tail.headers.get("content-range")).toBe(`bytes ${video.size - 100}-${video.size - 1}/${video.size}`);
    expect((await tail.arrayBuffer()).byteLength).toBe(100);
    const forged = await fetch(`${h.mock.url}/d/local/README.md?sign=AAAA=:0`);
    expect(await forged.json()).toEqual({ code: 401, message: "sign mismatch", data: null });
  });

  it("downloads a file with the client and gets the same bytes", async () => {
    const { mkdtemp, readFile, rm } = await import("node:fs/promises");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const dir = await mkdtemp(join(tmpdir(), "mock-dl-"));
    try {
      await h.admin.download("/local/Pictures/sunset.png", join(dir, "sunset.png"));
      const bytes = await readFile(join(dir, "sunset.png"));
      expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("lists subfolders with dirs, null when there are none; force_root is for admins", async () => {
    expect(names(await h.admin.fsDirs({ path: "/local/Movies" }))).toEqual(["Shorts"]);
    expect((await h.call("/api/fs/dirs", { path: "/local/Backups" })).data).toBeNull();
    const reader = await h.as("reader", "reader");
    await expect(reader.fsDirs({ path: "/", force_root: true })).rejects.toMatchObject({
      code: 403,
      serverMessage: "Permission denied",
    });
  });

  it("searches by keyword and scope, paginated, and refuses page 0 (code 400)", async () => {
    const found = await h.admin.fsSearch({ parent: "/", keywords: "sintel", scope: 2, page: 1, per_page: 10 });
    expect(found.total).toBe(2);
    expect(found.content.map((hit) => `${hit.parent}/${hit.name}`).sort()).toEqual([
      "/115/Movies/Sintel (2010).ass",
      "/115/Movies/Sintel (2010).mkv",
    ]);
    const folders = await h.admin.fsSearch({ parent: "/local", keywords: "s", scope: 1, page: 1, per_page: 10 });
    expect(folders.content.every((hit) => hit.is_dir && hit.type === 1)).toBe(true);
    // Go's decoder does not check the spec's minimum: the handler refuses page 0 itself.
    const refused = await h.call("/api/fs/search", { parent: "/", keywords: "x", page: 0, per_page: 1 });
    expect(refused).toEqual({ code: 400, message: "page can't < 1", data: null });
  });

  it("gives admins a link and others 'You are not an admin'; fs/other is not implemented", async () => {
    const link = await h.admin.fsLink({ path: "/local/README.md" });
    expect(link.url).toMatch(/\/p\/local\/README\.md\?sign=/);
    expect(link).toMatchObject({ header: null, Expiration: null });
    const reader = await h.as("reader", "reader");
    await expect(reader.fsLink({ path: "/local/README.md" })).rejects.toMatchObject({
      code: 403,
      serverMessage: "You are not an admin",
    });
    await expect(h.admin.fsOther({ path: "/local/README.md", method: "x" })).rejects.toMatchObject({
      serverMessage: "not implement",
    });
  });
});
