/** Task routes on real state: undone/done, info, cancel, retry, delete, batch forms, clear. */
import { describe, expect, it } from "vitest";
import { useMock } from "./support.js";

const h = useMock({ copyMs: 5000 });

async function copyTask(name: string): Promise<string> {
  const { tasks } = await h.admin.fsCopy({ src_dir: "/local/Documents", dst_dir: "/115/Backups", names: [name] });
  return (tasks[0] as { id: string }).id;
}

describe("stateful mock: tasks", () => {
  it("a running copy is undone; cancel makes it done and canceled; retry runs it again", async () => {
    const id = await copyTask("notes.txt");
    expect((await h.admin.taskUndone("copy")).map((task) => task.id)).toContain(id);
    await new Promise((done) => setTimeout(done, 300));
    expect((await h.admin.taskInfo("copy", id)).state).toBe(1);
    await h.admin.taskCancel("copy", id);
    expect(await h.admin.taskInfo("copy", id)).toMatchObject({ state: 4, error: "canceled" });
    expect((await h.admin.taskDone("copy")).map((task) => task.id)).toContain(id);
    await h.admin.taskRetry("copy", id);
    expect((await h.admin.taskInfo("copy", id)).state).toBeLessThan(2);
    await h.admin.taskDelete("copy", id);
    await expect(h.admin.taskInfo("copy", id)).rejects.toMatchObject({ code: 404, serverMessage: "task not found" });
  });

  it("batch forms name the ids that failed; clear_done empties the done list", async () => {
    const a = await copyTask("notes.txt");
    const b = await copyTask("config.json");
    expect(await h.admin.taskCancelSome("copy", [a, b, "nope"])).toEqual({ nope: "task not found" });
    expect((await h.admin.taskUndone("copy")).filter((task) => [a, b].includes(task.id))).toEqual([]);
    expect(await h.admin.taskRetrySome("copy", [a])).toEqual({});
    expect(await h.admin.taskDeleteSome("copy", [a])).toEqual({});
    await h.admin.taskClearDone("copy");
    expect(await h.admin.taskDone("copy")).toEqual([]);
  });

  it("another user's task is 'task not found'", async () => {
    const id = await copyTask("notes.txt");
    const reader = await h.as("reader", "reader");
    expect(await reader.taskUndone("copy")).toEqual([]);
    await expect(reader.taskInfo("copy", id)).rejects.toMatchObject({ code: 404 });
    await h.admin.taskDelete("copy", id);
  });

  it("an unknown task type is not a route: the web page, as on the servers", async () => {
    const res = await fetch(`${h.mock.url}/api/task/nope/undone`, { headers: { Authorization: h.token() } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  });
});
