/** The task routes for every task type, on the real state machine in ../tasks.ts. */
import { type Ctx, type Handlers, ok } from "../context.js";
import { Fail } from "../fail.js";
import type { TaskType } from "../tasks.js";
import { ROLE_GUEST } from "../users.js";

type TaskCtx = Ctx<"taskUndone">;

function scope(ctx: { params: Record<string, string>; user: TaskCtx["user"] }) {
  if (ctx.user.role === ROLE_GUEST) throw new Fail(403, "You are a guest");
  return ctx.params.type as TaskType;
}

export const taskHandlers: Handlers = {
  taskUndone: (ctx) => ok(ctx.state.tasks.list(scope(ctx), ctx.user, true)),
  taskDone: (ctx) => ok(ctx.state.tasks.list(scope(ctx), ctx.user, false)),
  taskInfo: (ctx) => ok(ctx.state.tasks.info(scope(ctx), ctx.user, ctx.query.tid ?? "")),
  taskCancel: (ctx) => {
    ctx.state.tasks.cancel(scope(ctx), ctx.user, ctx.query.tid ?? "");
    return ok(null);
  },
  taskDelete: (ctx) => {
    ctx.state.tasks.delete(scope(ctx), ctx.user, ctx.query.tid ?? "");
    return ok(null);
  },
  taskRetry: (ctx) => {
    ctx.state.tasks.retry(scope(ctx), ctx.user, ctx.query.tid ?? "");
    return ok(null);
  },
  taskCancelSome: (ctx) => ok(ctx.state.tasks.some(scope(ctx), ctx.user, ctx.body, "cancel")),
  taskDeleteSome: (ctx) => ok(ctx.state.tasks.some(scope(ctx), ctx.user, ctx.body, "delete")),
  taskRetrySome: (ctx) => ok(ctx.state.tasks.some(scope(ctx), ctx.user, ctx.body, "retry")),
  taskClearDone: (ctx) => {
    ctx.state.tasks.clear(scope(ctx), ctx.user, "done");
    return ok(null);
  },
  taskClearSucceeded: (ctx) => {
    ctx.state.tasks.clear(scope(ctx), ctx.user, "succeeded");
    return ok(null);
  },
  taskRetryFailed: (ctx) => {
    ctx.state.tasks.retryFailed(scope(ctx), ctx.user);
    return ok(null);
  },
};
