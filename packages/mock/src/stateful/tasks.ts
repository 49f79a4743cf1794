/**
 * Background tasks (uploads as tasks, copies between storages, offline downloads) that really
 * progress: pending, running, then succeeded, with canceled, failed and retry as the task
 * routes allow.
 */
import { randomBytes } from "node:crypto";
import type { components } from "../../../client/src/generated/schema.js";
import { Fail } from "./fail.js";
import { time } from "./objects.js";
import { ROLE_ADMIN, type User } from "./users.js";

export type TaskInfo = components["schemas"]["TaskInfo"];
export type TaskType = components["schemas"]["TaskType"];

const UNDONE = new Set([0, 1, 3, 5, 6, 8, 9]);
const TICK_MS = 100;

interface Task {
  info: TaskInfo;
  type: TaskType;
  owner: User;
  durationMs: number;
  /** Runs when the task reaches 100%: makes its effect real. A throw fails the task. */
  finish: () => void;
  timer?: NodeJS.Timeout;
  startedAt?: number;
}

function nanoid(): string {
  return randomBytes(16).toString("base64url").slice(0, 21);
}

export class Tasks {
  private readonly tasks = new Map<string, Task>();

  add(type: TaskType, owner: User, name: string, totalBytes: number, durationMs: number, finish: () => void): TaskInfo {
    const info: TaskInfo = {
      id: nanoid(),
      name,
      creator: owner.username,
      creator_role: owner.role,
      state: 0,
      status: type === "upload" ? "uploading" : "",
      progress: 0,
      start_time: null,
      end_time: null,
      total_bytes: totalBytes,
      error: "",
    };
    const task: Task = { info, type, owner, durationMs, finish };
    this.tasks.set(info.id, task);
    this.run(task);
    return { ...info };
  }

  private run(task: Task): void {
    task.timer = setInterval(() => this.tick(task), TICK_MS);
    task.timer.unref();
  }

  private tick(task: Task): void {
    const now = Date.now();
    if (task.info.state === 0) {
      task.info.state = 1;
      task.info.start_time = time(new Date(now));
      task.startedAt = now;
      return;
    }
    const done = Math.min(1, (now - (task.startedAt ?? now)) / task.durationMs);
    task.info.progress = Math.round(done * 1000) / 10;
    if (done < 1) return;
    clearInterval(task.timer);
    try {
      task.finish();
      task.info.state = 2;
    } catch (error) {
      task.info.state = 7;
      task.info.error = (error as Error).message;
    }
    task.info.end_time = time(new Date());
  }

  private visible(type: TaskType, user: User): Task[] {
    return [...this.tasks.values()].filter(
      (task) => task.type === type && (user.role === ROLE_ADMIN || task.owner === user),
    );
  }

  list(type: TaskType, user: User, undone: boolean): TaskInfo[] {
    return this.visible(type, user)
      .filter((task) => UNDONE.has(task.info.state) === undone)
      .map((task) => ({ ...task.info }));
  }

  private get(type: TaskType, user: User, id: string): Task {
    const task = this.tasks.get(id);
    if (!task || task.type !== type || (user.role !== ROLE_ADMIN && task.owner !== user)) {
      throw new Fail(404, "task not found");
    }
    return task;
  }

  info(type: TaskType, user: User, id: string): TaskInfo {
    return { ...this.get(type, user, id).info };
  }

  cancel(type: TaskType, user: User, id: string): void {
    const task = this.get(type, user, id);
    if (!UNDONE.has(task.info.state)) return;
    clearInterval(task.timer);
    task.info.state = 4;
    task.info.error = "canceled";
    task.info.end_time = time(new Date());
  }

  delete(type: TaskType, user: User, id: string): void {
    const task = this.get(type, user, id);
    clearInterval(task.timer);
    this.tasks.delete(id);
  }

  retry(type: TaskType, user: User, id: string): void {
    const task = this.get(type, user, id);
    if (task.info.state !== 4 && task.info.state !== 7) return;
    Object.assign(task.info, { state: 0, progress: 0, error: "", start_time: null, end_time: null });
    this.run(task);
  }

  /** The batch form: `{id: "task not found"}` for every id that failed. */
  some(type: TaskType, user: User, ids: string[], action: "cancel" | "delete" | "retry"): Record<string, string> {
    const failed: Record<string, string> = {};
    for (const id of ids) {
      try {
        this[action](type, user, id);
      } catch (error) {
        failed[id] = (error as Error).message;
      }
    }
    return failed;
  }

  clear(type: TaskType, user: User, which: "done" | "succeeded"): void {
    for (const task of this.visible(type, user)) {
      const state = task.info.state;
      if (which === "succeeded" ? state === 2 : !UNDONE.has(state)) this.tasks.delete(task.info.id);
    }
  }

  retryFailed(type: TaskType, user: User): void {
    for (const task of this.visible(type, user)) if (task.info.state === 7) this.retry(type, user, task.info.id);
  }

  stop(): void {
    for (const task of this.tasks.values()) clearInterval(task.timer);
  }
}
