/** Tasks as the commands print them: state names and the task table. */
import type { TaskInfo } from "@alist-toolkit/client";
import { table } from "./format.js";

/** The server's task states, by number (tache's order). */
const TASK_STATES = [
  "pending",
  "running",
  "succeeded",
  "canceling",
  "canceled",
  "errored",
  "failing",
  "failed",
  "waiting retry",
  "before retry",
];

export function stateName(state: number): string {
  return TASK_STATES[state] ?? `state ${state}`;
}

/** `37.5%`, `100%` */
export function progressText(progress: number): string {
  return Number.isInteger(progress) ? `${progress}%` : `${progress.toFixed(1)}%`;
}

/** id, type, state, progress and name (with the task's error, if any), one task a row. */
export function taskTable(tasks: Array<TaskInfo & { type: string }>, style?: (text: string) => string): string {
  const rows = tasks.map((task) => [
    task.id,
    task.type,
    stateName(task.state),
    progressText(task.progress),
    task.error ? `${task.name} (error: ${task.error})` : task.name,
  ]);
  return table(["ID", "TYPE", "STATE", "PROGRESS", "NAME"], rows, { right: [3], ...(style ? { style } : {}) });
}
