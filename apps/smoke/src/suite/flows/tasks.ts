/**
 * The task routes, for every task type: the lists, and info/cancel/retry/delete (one and some)
 * on tasks the suite itself started. The clear/retry-all routes act on every task of a queue,
 * not only the suite's, so they run only against a mock.
 */
import type { FlowContext } from "./context.js";

const NO_TASK = "alist-contract-no-task";
const QUEUE_WIDE = ["taskClearDone", "taskClearSucceeded", "taskRetryFailed"];

function taskTypeSchema(ctx: FlowContext) {
  const op = ctx.session.config.model.get("taskUndone");
  return ctx.session.config.model.resolve(op.parameters.find((p) => p.name === "type")?.schema);
}

export function taskTypes(ctx: FlowContext): string[] {
  return (taskTypeSchema(ctx)?.enum as string[] | undefined) ?? ["upload"];
}

/** Queues the spec says some server lines lack (x-not-on-every-line). */
function lineSpecificTypes(ctx: FlowContext): Set<string> {
  return new Set((taskTypeSchema(ctx)?.["x-not-on-every-line"] as string[] | undefined) ?? []);
}

export async function runTasks(ctx: FlowContext): Promise<void> {
  const { session } = ctx;
  const optional = lineSpecificTypes(ctx);
  for (const type of taskTypes(ctx)) {
    const intent = optional.has(type) ? "optional-route" : "positive";
    await session.call("taskUndone", { label: `positive (${type})`, intent, params: { type } });
    await session.call("taskDone", { label: `positive (${type})`, intent, params: { type } });
  }
  const [type, ids] = [...ctx.tasks.entries()].find(([t]) => taskTypes(ctx).includes(t)) ?? ["upload", []];
  const id = ids[0] ?? NO_TASK;
  // A task the suite did not start may not exist: then any documented answer is right.
  const intent = id === NO_TASK && ctx.stores ? "answer" : "positive";
  const one = (op: string, label: string, i: "answer" | "positive" = intent) =>
    session.call(op, { label, intent: i, params: { type }, query: { tid: id } });
  await one("taskInfo", "positive");
  // Cancel and retry depend on the task's state (it may have finished): any documented answer.
  await one("taskCancel", "the suite's task", "answer");
  await one("taskRetry", "the suite's task", "answer");
  for (const op of ["taskCancelSome", "taskRetrySome", "taskDeleteSome"]) {
    await session.call(op, { label: "the suite's tasks", intent: "positive", params: { type }, body: [id] });
  }
  await one("taskDelete", "the suite's task", "answer");
  for (const op of QUEUE_WIDE) {
    if (!ctx.mock) {
      session.skip(
        op,
        ["positive-data-acceptance"],
        "acts on every task of the queue, not only the suite's: run against a mock only",
      );
    } else {
      await session.call(op, { label: "positive", intent: "positive", params: { type } });
    }
  }
}
