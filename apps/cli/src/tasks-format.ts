/** Tasks as the commands print them: state names and the task table. */
import { type TaskInfo, TaskStateText } from "@alist-toolkit/client";
import { table } from "./format.js";

/** The state's name, from the spec (TaskState's x-enum-descriptions). */
export function stateName(state: number): string {
  return TaskStateText[state] ?? `state ${state}`;
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
