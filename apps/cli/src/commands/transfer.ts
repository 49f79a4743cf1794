/**
 * `alist mv <src...> <dst-dir>` and `alist cp <src...> <dst-dir>`: one fs/move or fs/copy call
 * per source folder. A copy between storages runs as server tasks, which are printed.
 */
import type { TaskInfo } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import { printable } from "../printable.js";
import type { TransferOptions } from "../registration/transfer.js";
import { cleanRemotePath, groupByFolder, joinRemotePath } from "../remote-paths.js";
import { taskTable } from "../tasks-format.js";

const WORDS = { move: { verb: "move", done: "moved" }, copy: { verb: "copy", done: "copied" } } as const;

export async function transfer(
  context: Context,
  kind: "move" | "copy",
  sources: string[],
  destination: string,
  options: TransferOptions,
): Promise<void> {
  const words = WORDS[kind];
  const groups = groupByFolder(sources, words.verb);
  const dst = cleanRemotePath(destination);
  const client = context.connect("required");
  const tasks: Array<TaskInfo & { type: string }> = [];
  const done: string[] = [];
  for (const { dir, names } of groups) {
    const request = { src_dir: dir, dst_dir: dst, names, ...(options.overwrite ? { overwrite: true } : {}) };
    const call = { signal: context.signal };
    const result = kind === "move" ? await client.fsMove(request, call) : await client.fsCopy(request, call);
    if (result.message) context.out.verbose(`${dir}: ${result.message}`);
    tasks.push(...result.tasks.map((task) => ({ ...task, type: kind })));
    done.push(...names.map((name) => joinRemotePath(dir, name)));
  }
  const count = `${done.length} ${done.length === 1 ? "entry" : "entries"}`;
  const summary = `${words.done} ${count} to ${printable(dst)}${tasks.length ? `; the server started ${tasks.length} ${tasks.length === 1 ? "task" : "tasks"}` : ""}`;
  const result = { sources: done, destination: dst, tasks };
  if (tasks.length === 0) return context.out.status(result, summary);
  context.out.info(summary);
  context.out.data(result, () => taskTable(tasks, context.out.style.bold));
}
