/** Changing the tree with the real client: every change shows in the next listing. */
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { useMock } from "./support.js";

const h = useMock();
const list = async (path: string) => (await h.admin.fsList({ path })).content.map((entry) => entry.name);

describe("stateful mock: writing", () => {
  it("mkdir creates missing parents; an existing folder is fine", async () => {
    await h.admin.fsMkdir({ path: "/local/Backups/2024/photos" });
    await h.admin.fsMkdir({ path: "/local/Backups/2024" });
    expect(await list("/local/Backups/2024")).toEqual(["photos"]);
  });

  it("rename refuses an existing name unless overwrite, and keeps the bytes", async () => {
    await h.admin.fsMkdir({ path: "/local/r" });
    await h.admin.upload(Readable.from([Buffer.from("one")]), "/local/r/a.txt", { size: 3 });
    await h.admin.upload(Readable.from([Buffer.from("two!")]), "/local/r/b.txt", { size: 4 });
    await expect(h.admin.fsRename({ path: "/local/r/a.txt", name: "b.txt" })).rejects.toMatchObject({
      code: 403,
      serverMessage: "file [b.txt] exists",
    });
    await h.admin.fsRename({ path: "/local/r/a.txt", name: "c.txt" });
    expect(await list("/local/r")).toEqual(["b.txt", "c.txt"]);
    expect((await h.admin.fsGet({ path: "/local/r/c.txt" })).size).toBe(3);
  });

  it("batch_rename and regex_rename rename many at once", async () => {
    await h.admin.fsMkdir({ path: "/local/br/x1" });
    await h.admin.fsMkdir({ path: "/local/br/x2" });
    // An entry with an empty name is skipped (the client refuses to send one: a raw call).
    const answer = await h.call("/api/fs/batch_rename", {
      src_dir: "/local/br",
      rename_objects: [
        { src_name: "x1", new_name: "y1" },
        { src_name: "x2", new_name: "" },
      ],
    });
    expect(answer).toMatchObject({ code: 200 });
    expect(await list("/local/br")).toEqual(["x2", "y1"]);
    await h.admin.fsRegexRename({ src_dir: "/local/br", src_name_regex: "^(\\w)(\\d)$", new_name_regex: "$2-$1" });
    expect(await list("/local/br")).toEqual(["1-y", "2-x"]);
  });

  it("move: an empty list is 'Empty file names', 'file [x] exists'; recursive_move flattens files", async () => {
    await h.admin.fsMkdir({ path: "/local/mv/src/deep" });
    await h.admin.fsMkdir({ path: "/local/mv/dst" });
    // The spec's minItems is not Go's to check: the handler refuses an empty list as AList does.
    const empty = await h.call("/api/fs/move", { src_dir: "/local/mv", dst_dir: "/local/mv/dst", names: [] });
    expect(empty).toEqual({ code: 400, message: "Empty file names", data: null });
    await h.admin.fsMkdir({ path: "/local/mv/dst/src" });
    await expect(
      h.admin.fsMove({ src_dir: "/local/mv", dst_dir: "/local/mv/dst", names: ["src"] }),
    ).rejects.toMatchObject({ code: 403, serverMessage: "file [src] exists" });
    await h.admin.fsRemove({ dir: "/local/mv/dst", names: ["src"] });
    await h.admin.fsMove({ src_dir: "/local/mv", dst_dir: "/local/mv/dst", names: ["src"] });
    expect(await list("/local/mv")).toEqual(["dst"]);
    expect(await list("/local/mv/dst")).toEqual(["src"]);
    await h.admin.fsCopy({ src_dir: "/local/Documents", dst_dir: "/local/mv/dst/src/deep", names: ["notes.txt"] });
    const moved = await h.admin.fsRecursiveMove({ src_dir: "/local/mv/dst/src", dst_dir: "/local/mv" });
    expect(moved).toMatchObject({ moved: 1, message: "Successfully moved 1 file(s)" });
    expect(await list("/local/mv")).toEqual(["dst", "notes.txt"]);
  });

  it("copy inside one storage is immediate; between storages it is a task that progresses", async () => {
    const same = await h.admin.fsCopy({ src_dir: "/local/Music", dst_dir: "/local/Backups", names: ["Jazz Loop.lrc"] });
    expect(same.tasks).toEqual([]);
    expect(await list("/local/Backups")).toContain("Jazz Loop.lrc");
    const { tasks } = await h.admin.fsCopy({
      src_dir: "/local/Pictures",
      dst_dir: "/115/Backups",
      names: ["sunset.png"],
    });
    expect(tasks).toHaveLength(1);
    const task = tasks[0] as (typeof tasks)[0];
    expect(task).toMatchObject({ state: 0, name: "copy [/local](/Pictures/sunset.png) to [/115](/Backups)" });
    expect(await list("/115/Backups")).toEqual([]);
    const done = await h.admin.waitForTask("copy", task.id, { intervalMs: 100, timeoutMs: 10_000 });
    expect(done).toMatchObject({ state: 2, progress: 100 });
    expect(await list("/115/Backups")).toEqual(["sunset.png"]);
    expect((await h.admin.fsGet({ path: "/115/Backups/sunset.png" })).hash_info?.sha1).toMatch(/^[0-9A-F]{40}$/);
  });

  it("remove takes files and whole folders; remove_empty_directory keeps folders with files", async () => {
    await h.admin.fsMkdir({ path: "/local/rm/empty/emptier" });
    await h.admin.fsMkdir({ path: "/local/rm/full" });
    await h.admin.fsCopy({ src_dir: "/local/Documents", dst_dir: "/local/rm/full", names: ["config.json"] });
    await h.admin.fsRemoveEmptyDirectory({ src_dir: "/local/rm" });
    expect(await list("/local/rm")).toEqual(["full"]);
    await h.admin.fsRemove({ dir: "/local", names: ["rm"] });
    expect(await list("/local")).not.toContain("rm");
  });

  it("a read-only user is refused every write with 'permission denied'", async () => {
    const reader = await h.as("reader", "reader");
    const denied = { code: 403, serverMessage: "permission denied" };
    await expect(reader.fsMkdir({ path: "/local/nope" })).rejects.toMatchObject(denied);
    await expect(reader.fsRename({ path: "/local/README.md", name: "x.md" })).rejects.toMatchObject(denied);
    await expect(reader.fsRemove({ dir: "/local", names: ["README.md"] })).rejects.toMatchObject(denied);
    await expect(reader.fsCopy({ src_dir: "/local", dst_dir: "/115", names: ["README.md"] })).rejects.toMatchObject(
      denied,
    );
    expect(await list("/local")).toContain("README.md");
  });

  it("offline download makes a task that leaves the file behind", async () => {
    const { tasks } = await h.admin.fsAddOfflineDownload({
      urls: ["https://example.com/files/linux.iso"],
      path: "/local/Backups",
      tool: "SimpleHttp",
      delete_policy: "delete_never",
    });
    const done = await h.admin.waitForTask("offline_download", (tasks[0] as { id: string }).id, { intervalMs: 100 });
    expect(done.state).toBe(2);
    expect(await list("/local/Backups")).toContain("linux.iso");
  });
});
