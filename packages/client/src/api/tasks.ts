/** Background tasks by queue (/api/task/{type}/...): list, inspect, cancel, retry, clear, and wait for one. */
import { callSignals } from "../error-mapping.js";
import { AlistInputError, AlistTimeoutError } from "../errors.js";
import { TaskStateDone } from "../generated/enums.js";
import type { components } from "../generated/schema.js";
import type { CallOptions, EnvelopeOperation, Pipeline } from "../pipeline.js";
import { sleep } from "../resilience.js";
import { listData, objectData } from "./answer-checks.js";

export type TaskType = components["schemas"]["TaskType"];
export type TaskInfo = components["schemas"]["TaskInfo"];
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

/** succeeded, canceled, failed: the states a task does not leave on its own (the spec's `x-done-states`). */
export const DONE_TASK_STATES: ReadonlySet<number> = new Set(TaskStateDone);

export interface WaitForTaskOptions {
  /** Give up after this many ms with AlistTimeoutError; default 0 = wait as long as it takes. */
  timeoutMs?: number;
  /** Pause between polls, in ms; default 1000. */
  intervalMs?: number;
  signal?: AbortSignal;
  headers?: Record<string, string>;
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

type Queue = { params: { path: { type: TaskType } } };
type ById = { params: { path: { type: TaskType }; query: { tid: string } } };

export function tasksCalls(pipeline: Pipeline) {
  const queue = (type: TaskType): Queue => ({ params: { path: checkType(type) } });
  const byId = (type: TaskType, id: string): ById => ({
    params: { path: checkType(type), query: { tid: checkId(id) } },
  });
  const list =
    (operation: "taskUndone" | "taskDone") =>
    async (type: TaskType, options?: CallOptions): Promise<TaskInfo[]> =>
      listData(operation, await pipeline.call(operation, queue(type), options), "the tasks");
  const one =
    (operation: "taskCancel" | "taskDelete" | "taskRetry") =>
    async (type: TaskType, id: string, options?: CallOptions): Promise<void> => {
      await pipeline.call(operation, byId(type, id), options);
    };
  const some =
    (operation: "taskCancelSome" | "taskDeleteSome" | "taskRetrySome") =>
    async (type: TaskType, ids: string[], options?: CallOptions): Promise<TaskFailures> => {
      const input = { ...queue(type), body: ids.map(checkId) };
      return objectData(operation, await pipeline.call(operation, input, options), "the failed ids");
    };
  const all =
    (operation: Extract<EnvelopeOperation, "taskClearDone" | "taskClearSucceeded" | "taskRetryFailed">) =>
    async (type: TaskType, options?: CallOptions): Promise<void> => {
      await pipeline.call(operation, queue(type), options);
    };

  /** One task (POST /api/task/{type}/info?tid=); unknown or someone else's is code 404. */
  async function taskInfo(type: TaskType, id: string, options?: CallOptions): Promise<TaskInfo> {
    return objectData("taskInfo", await pipeline.call("taskInfo", byId(type, id), options), "the task");
  }

  /** Polls the task until it is done (state 2, 4 or 7) and returns it as it ended. */
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
        await sleep(intervalMs, signals.signal);
      }
    } catch (error) {
      if (signals.user?.aborted) throw signals.user.reason;
      if (signals.timeout?.aborted) throw new AlistTimeoutError("waitForTask", signals.timeoutMs);
      throw error;
    }
  }

  return {
    /** Tasks not finished yet (GET /api/task/{type}/undone). */
    taskUndone: list("taskUndone"),
    /** Finished tasks: succeeded, canceled, failed (GET /api/task/{type}/done). */
    taskDone: list("taskDone"),
    taskInfo,
    taskCancel: one("taskCancel"),
    taskDelete: one("taskDelete"),
    taskRetry: one("taskRetry"),
    taskCancelSome: some("taskCancelSome"),
    taskDeleteSome: some("taskDeleteSome"),
    taskRetrySome: some("taskRetrySome"),
    /** Removes every succeeded, canceled and failed task. */
    taskClearDone: all("taskClearDone"),
    taskClearSucceeded: all("taskClearSucceeded"),
    taskRetryFailed: all("taskRetryFailed"),
    waitForTask,
  };
}
