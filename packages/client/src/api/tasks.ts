/** Background tasks by queue (/api/task/{type}/...): list, inspect, cancel, retry, clear, and wait for one. */
import { setTimeout as sleep } from "node:timers/promises";
import type { CallOptions, Core } from "../core.js";
import { AlistInputError, AlistTimeoutError } from "../errors.js";
import { callSignals } from "../failures.js";
import type { components } from "../generated/schema.js";
import type { TaskInfo } from "../upload.js";
import { listData, objectData, READ } from "./data.js";

export type TaskType = components["schemas"]["TaskType"];
/** The ids a batch call could not handle, with the reason (`task not found`); `{}` when all went through. */
export type TaskFailures = Record<string, string>;

/** Every task queue, in the servers' order. */
export const TASK_TYPES = [
  "upload",
  "copy",
  "offline_download",
  "offline_download_transfer",
  "decompress",
  "decompress_upload",
  "move",
] as const satisfies readonly TaskType[];
// Fails to compile when the spec gains a task type this list lacks.
const _everyType: Exclude<TaskType, (typeof TASK_TYPES)[number]> extends never ? true : never = true;
void _everyType;

/** succeeded, canceled, failed: the states a task does not leave on its own. */
export const DONE_TASK_STATES: ReadonlySet<number> = new Set([2, 4, 7]);

export interface WaitForTaskOptions {
  /** Give up after this many ms with AlistTimeoutError; default 0 = wait as long as it takes. */
  timeoutMs?: number;
  /** Pause between polls, in ms; default 1000. */
  intervalMs?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface TasksApi {
  /** Tasks not finished yet (GET /api/task/{type}/undone). */
  taskUndone(type: TaskType, options?: CallOptions): Promise<TaskInfo[]>;
  /** Finished tasks: succeeded, canceled, failed (GET /api/task/{type}/done). */
  taskDone(type: TaskType, options?: CallOptions): Promise<TaskInfo[]>;
  /** One task (POST /api/task/{type}/info?tid=); unknown or someone else's is code 404. */
  taskInfo(type: TaskType, id: string, options?: CallOptions): Promise<TaskInfo>;
  taskCancel(type: TaskType, id: string, options?: CallOptions): Promise<void>;
  taskDelete(type: TaskType, id: string, options?: CallOptions): Promise<void>;
  taskRetry(type: TaskType, id: string, options?: CallOptions): Promise<void>;
  taskCancelSome(type: TaskType, ids: string[], options?: CallOptions): Promise<TaskFailures>;
  taskDeleteSome(type: TaskType, ids: string[], options?: CallOptions): Promise<TaskFailures>;
  taskRetrySome(type: TaskType, ids: string[], options?: CallOptions): Promise<TaskFailures>;
  /** Removes every succeeded, canceled and failed task. */
  taskClearDone(type: TaskType, options?: CallOptions): Promise<void>;
  taskClearSucceeded(type: TaskType, options?: CallOptions): Promise<void>;
  taskRetryFailed(type: TaskType, options?: CallOptions): Promise<void>;
  /** Polls the task until it is done (state 2, 4 or 7) and returns it as it ended. */
  waitForTask(type: TaskType, id: string, options?: WaitForTaskOptions): Promise<TaskInfo>;
}

function checkType(type: TaskType): { type: TaskType } {
  if (!(TASK_TYPES as readonly string[]).includes(type)) {
    throw new AlistInputError(`unknown task type ${JSON.stringify(type)}; one of: ${TASK_TYPES.join(", ")}`);
  }
  return { type };
}

function checkId(id: string): string {
  if (typeof id !== "string" || id.length === 0) throw new AlistInputError("task id is empty");
  return id;
}

function checkPause(name: string, value: number): number {
  if (!Number.isFinite(value) || value < 0) throw new AlistInputError(`${name} must be 0 or more ms, got ${value}`);
  return value;
}

type ListRoute = "/api/task/{type}/undone" | "/api/task/{type}/done";
type IdRoute = "/api/task/{type}/cancel" | "/api/task/{type}/delete" | "/api/task/{type}/retry";
type BatchRoute = "/api/task/{type}/cancel_some" | "/api/task/{type}/delete_some" | "/api/task/{type}/retry_some";
type ClearRoute = "/api/task/{type}/clear_done" | "/api/task/{type}/clear_succeeded" | "/api/task/{type}/retry_failed";

export function tasksApi(core: Core): TasksApi {
  const list = (operation: string, route: ListRoute) => async (type: TaskType, call?: CallOptions) => {
    const path = checkType(type);
    const data = await core.json(
      operation,
      call,
      (init) => core.raw.GET(route, { params: { path }, parseAs: "text", ...init }),
      READ,
    );
    return listData<TaskInfo>(operation, data, "the tasks");
  };
  const byId = (operation: string, route: IdRoute) => async (type: TaskType, id: string, call?: CallOptions) => {
    const params = { path: checkType(type), query: { tid: checkId(id) } };
    await core.json(operation, call, (init) => core.raw.POST(route, { params, parseAs: "text", ...init }));
  };
  const batch = (operation: string, route: BatchRoute) => async (type: TaskType, ids: string[], call?: CallOptions) => {
    const path = checkType(type);
    const body = ids.map(checkId);
    const data = await core.json(operation, call, (init) =>
      core.raw.POST(route, { params: { path }, body, parseAs: "text", ...init }),
    );
    return objectData<TaskFailures>(operation, data, "the failed ids");
  };
  const clear = (operation: string, route: ClearRoute) => async (type: TaskType, call?: CallOptions) => {
    const path = checkType(type);
    await core.json(operation, call, (init) => core.raw.POST(route, { params: { path }, parseAs: "text", ...init }));
  };

  async function taskInfo(type: TaskType, id: string, call?: CallOptions): Promise<TaskInfo> {
    const params = { path: checkType(type), query: { tid: checkId(id) } };
    const data = await core.json(
      "taskInfo",
      call,
      (init) => core.raw.POST("/api/task/{type}/info", { params, parseAs: "text", ...init }),
      READ,
    );
    return objectData<TaskInfo>("taskInfo", data, "the task");
  }

  async function waitForTask(type: TaskType, id: string, options: WaitForTaskOptions = {}): Promise<TaskInfo> {
    checkType(type);
    checkId(id);
    const intervalMs = checkPause("intervalMs", options.intervalMs ?? 1000);
    const signals = callSignals(options.signal, checkPause("timeoutMs", options.timeoutMs ?? 0));
    const call = { ...(signals.signal ? { signal: signals.signal } : {}), headers: options.headers };
    try {
      for (;;) {
        const task = await taskInfo(type, id, call);
        if (DONE_TASK_STATES.has(task.state)) return task;
        await sleep(intervalMs, undefined, { signal: signals.signal });
      }
    } catch (error) {
      if (signals.user?.aborted) throw signals.user.reason;
      if (signals.timeout?.aborted) throw new AlistTimeoutError("waitForTask", signals.timeoutMs);
      throw error;
    }
  }

  return {
    taskUndone: list("taskUndone", "/api/task/{type}/undone"),
    taskDone: list("taskDone", "/api/task/{type}/done"),
    taskInfo,
    taskCancel: byId("taskCancel", "/api/task/{type}/cancel"),
    taskDelete: byId("taskDelete", "/api/task/{type}/delete"),
    taskRetry: byId("taskRetry", "/api/task/{type}/retry"),
    taskCancelSome: batch("taskCancelSome", "/api/task/{type}/cancel_some"),
    taskDeleteSome: batch("taskDeleteSome", "/api/task/{type}/delete_some"),
    taskRetrySome: batch("taskRetrySome", "/api/task/{type}/retry_some"),
    taskClearDone: clear("taskClearDone", "/api/task/{type}/clear_done"),
    taskClearSucceeded: clear("taskClearSucceeded", "/api/task/{type}/clear_succeeded"),
    taskRetryFailed: clear("taskRetryFailed", "/api/task/{type}/retry_failed"),
    waitForTask,
  };
}
