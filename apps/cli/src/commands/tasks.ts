/** `alist tasks [type]`: the undone and done tasks of one queue, or of every queue. */
import { AlistProtocolError, TASK_TYPES, type TaskInfo, type TaskType } from "@alist-toolkit/client";
import pLimit from "p-limit";
import { UsageError } from "../command-errors.js";
import type { Context } from "../context.js";
import { taskTable } from "../tasks-format.js";

function checkType(type: string): TaskType {
  if (!(TASK_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`unknown task type "${type}"; one of: ${TASK_TYPES.join(", ")}`);
  }
  return type as TaskType;
}

/** A queue this server line lacks (alist v3.45 has no `move`) answers with the web page. */
function isMissingQueue(error: unknown): boolean {
  return error instanceof AlistProtocolError && error.contentType.includes("text/html");
}

export async function tasks(context: Context, type: string | undefined): Promise<void> {
  const types = type === undefined ? [...TASK_TYPES] : [checkType(type)];
  const client = context.connect("required");
  const call = { signal: context.signal };
  // Two answers in flight at most: each may be as big as the client's cap on a JSON answer, and
  // all fourteen at once would hold over 200 MB against a server that pads them.
  const limit = pLimit(2);
  const perType = await Promise.all(
    types.map(async (queue) => {
      try {
        const [undone, done] = await Promise.all([
          limit(() => client.taskUndone(queue, call)),
          limit(() => client.taskDone(queue, call)),
        ]);
        return [...undone, ...done].map((task): TaskInfo & { type: string } => ({ ...task, type: queue }));
      } catch (error) {
        // Listing every queue: one the server does not have is not a failure of the others.
        if (type !== undefined || !isMissingQueue(error)) {
          // The command fails: the calls not yet started are not sent.
          limit.clearQueue();
          throw error;
        }
        context.out.verbose(`the server has no ${queue} task queue`);
        return [];
      }
    }),
  );
  const all = perType.flat();
  if (all.length === 0) context.out.info(`no tasks${type ? ` of type ${type}` : ""}`);
  context.out.data({ tasks: all }, () => (all.length ? taskTable(all, context.out.style.bold) : ""));
}
