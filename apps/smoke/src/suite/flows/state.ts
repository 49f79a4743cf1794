/**
 * Stateful checks after a write: what was created is there (fs/get and fs/list with refresh:
 * resource-availability), what was renamed, moved or removed away is gone (use-after-free).
 * Reported against the operation that wrote. Skipped on a target that stores nothing.
 */
import { showValue } from "../../violations.js";
import { code, data, type FlowContext } from "./context.js";

function split(path: string): { parent: string; name: string } {
  const at = path.lastIndexOf("/");
  return { parent: path.slice(0, at) || "/", name: path.slice(at + 1) };
}

async function listed(ctx: FlowContext, path: string, label: string) {
  const { parent, name } = split(path);
  const list = await ctx.session.call("fsList", {
    label,
    intent: "answer",
    body: { path: parent, refresh: true, page: 1, per_page: 0 },
  });
  const content = data<{ content?: Array<{ name?: unknown }> | null }>(list.exchange.answer.json)?.content ?? [];
  return { exchange: list.exchange, found: Array.isArray(content) && content.some((entry) => entry?.name === name) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function expectPresent(
  ctx: FlowContext,
  writer: string,
  path: string,
  options: { size?: number; quiet?: boolean; attempts?: number } = {},
): Promise<boolean> {
  if (!ctx.stores) {
    ctx.session.skip(writer, ["resource-availability"], ctx.statelessReason);
    return true;
  }
  const { session } = ctx;
  // Copies between storages may run as a task: give them a moment.
  for (let attempt = 1; ; attempt++) {
    const get = await session.call("fsGet", {
      label: `after ${writer}: ${path} is there`,
      intent: "answer",
      body: { path },
      quiet: options.quiet,
    });
    const json = get.exchange.answer.json;
    const size = data<{ size?: unknown }>(json)?.size;
    const ok = code(json) === 200 && (options.size === undefined || size === options.size);
    if (!ok && attempt < (options.attempts ?? 1)) {
      await sleep(150 * attempt);
      continue;
    }
    const problem = ok
      ? undefined
      : code(json) !== 200
        ? { path: "/code", expected: `200: ${path} exists`, actual: showValue(code(json)) }
        : { path: "/data/size", expected: String(options.size), actual: showValue(size) };
    const failed = session.assert(get.exchange, "resource-availability", problem, {
      operation: writer,
      quiet: options.quiet,
    });
    const list = await listed(ctx, path, `after ${writer}: ${path} is listed`);
    const missing = list.found
      ? undefined
      : {
          path: "/data/content",
          expected: `an entry named ${showValue(split(path).name)}`,
          actual: "none (listed with refresh)",
        };
    const failedList = session.assert(list.exchange, "resource-availability", missing, {
      operation: writer,
      quiet: options.quiet,
    });
    return failed.length === 0 && failedList.length === 0;
  }
}

export async function expectGone(
  ctx: FlowContext,
  writer: string,
  path: string,
  options: { quiet?: boolean } = {},
): Promise<boolean> {
  if (!ctx.stores) {
    ctx.session.skip(writer, ["use-after-free"], ctx.statelessReason);
    return true;
  }
  const { session } = ctx;
  const get = await session.call("fsGet", {
    label: `after ${writer}: ${path} is gone`,
    intent: "answer",
    body: { path },
    quiet: options.quiet,
  });
  const json = get.exchange.answer.json;
  const message = (json as { message?: unknown } | undefined)?.message;
  const gone = code(json) === 500 && /not found/i.test(String(message));
  const problem = gone
    ? undefined
    : { path: "/code", expected: '500 "object not found"', actual: `${showValue(code(json))} ${showValue(message)}` };
  const failed = session.assert(get.exchange, "use-after-free", problem, { operation: writer, quiet: options.quiet });
  const list = await listed(ctx, path, `after ${writer}: ${path} is not listed`);
  const still = list.found
    ? {
        path: "/data/content",
        expected: `no entry named ${showValue(split(path).name)}`,
        actual: "still listed (with refresh)",
      }
    : undefined;
  const failedList = session.assert(list.exchange, "use-after-free", still, {
    operation: writer,
    quiet: options.quiet,
  });
  return failed.length === 0 && failedList.length === 0;
}
