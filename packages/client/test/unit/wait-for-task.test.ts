import { describe, expect, it } from "vitest";
import { AlistError, AlistInputError, AlistTimeoutError, type TaskInfo, type TaskType } from "../../src/index.js";
import { observedClient, ok } from "../support/observed-client.js";

const ID = "V1StGXR8_Z5jdHi6B-myT";

const task = (state: TaskInfo["state"], progress: number): TaskInfo => ({
  id: ID,
  name: "upload report 2024.pdf to [/local](/Backups)",
  creator: "admin",
  creator_role: 2,
  state,
  status: "uploading",
  progress,
  start_time: state === 0 ? null : "2024-11-03T09:12:04.512392+08:00",
  end_time: [2, 4, 7].includes(state) ? "2024-11-03T09:12:09.031877+08:00" : null,
  total_bytes: 1048576,
  error: state === 7 ? "unexpected EOF" : "",
});

/** A task server that answers the polls with these states, repeating the last one. */
function taskServer(states: TaskInfo["state"][]) {
  let polls = 0;
  return observedClient(() => {
    const state = states[Math.min(polls, states.length - 1)] ?? 0;
    polls += 1;
    return ok(task(state, polls * 10));
  });
}

describe("waitForTask", () => {
  it("polls task info until the task succeeds and returns it as it ended", async () => {
    const { client, seen } = await taskServer([0, 1, 1, 2]);
    const done = await client.waitForTask("upload", ID, { intervalMs: 1, timeoutMs: 2000 });
    expect(done.state).toBe(2);
    expect(done.progress).toBe(40);
    expect(seen).toHaveLength(4);
    for (const request of seen) {
      expect(request.method).toBe("POST");
      expect(request.url.pathname).toBe("/api/task/upload/info");
      expect(request.url.searchParams.get("tid")).toBe(ID);
    }
  });

  it.each([2, 4, 7] as const)("state %s is done: one poll is enough", async (state) => {
    const { client, seen } = await taskServer([state]);
    expect((await client.waitForTask("copy", ID, { intervalMs: 1, timeoutMs: 2000 })).state).toBe(state);
    expect(seen).toHaveLength(1);
  });

  it.each([0, 1, 3, 5, 6, 8, 9] as const)("state %s is not done: it keeps polling", async (state) => {
    const { client, seen } = await taskServer([state, 2]);
    expect((await client.waitForTask("copy", ID, { intervalMs: 1, timeoutMs: 2000 })).state).toBe(2);
    expect(seen).toHaveLength(2);
  });

  it("gives up with AlistTimeoutError when the task outlives timeoutMs", async () => {
    const { client, seen } = await taskServer([1]);
    const started = Date.now();
    // 1 s for polls every 10 ms: room for several even when a loaded machine slows each request.
    const failure = await client.waitForTask("upload", ID, { intervalMs: 10, timeoutMs: 1000 }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistTimeoutError);
    expect(failure).toMatchObject({ operation: "waitForTask", timeoutMs: 1000 });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(seen.length).toBeGreaterThan(1);
  });

  it("a caller's AbortSignal stops the wait with the signal's reason", async () => {
    const { client } = await taskServer([1]);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("user gave up")), 50);
    await expect(client.waitForTask("upload", ID, { intervalMs: 10, signal: controller.signal })).rejects.toThrow(
      "user gave up",
    );
  });

  it("a server refusal ends the wait (code 404 for an unknown task)", async () => {
    const { client } = await observedClient(() => ({ code: 404, message: "task not found", data: null }));
    const failure = await client.waitForTask("upload", "nope", { intervalMs: 1 }).catch((e) => e);
    expect(failure).toBeInstanceOf(AlistError);
    expect(failure).toMatchObject({ code: 404, operation: "taskInfo" });
  });

  it("refuses a task type no server line has, and an empty id, before sending anything", async () => {
    const { client, seen } = await taskServer([2]);
    await expect(client.waitForTask("moves" as TaskType, ID)).rejects.toBeInstanceOf(AlistInputError);
    await expect(client.waitForTask("upload", "")).rejects.toBeInstanceOf(AlistInputError);
    await expect(client.waitForTask("upload", ID, { intervalMs: -1 })).rejects.toBeInstanceOf(AlistInputError);
    expect(seen).toHaveLength(0);
  });
});
