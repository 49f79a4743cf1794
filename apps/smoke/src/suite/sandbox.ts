/**
 * The only folder the suite writes to: `.alist-contract-<hex>` inside `--dir`, created first and
 * removed at the end (also after a failure or a signal). When removal fails, the report says
 * what may be left.
 */
import { randomBytes } from "node:crypto";
import type { Session } from "./session.js";

export interface Sandbox {
  dir: string;
  name: string;
  path: string;
  /** A path inside the sandbox. */
  at(...parts: string[]): string;
}

export function makeSandbox(dir: string): Sandbox {
  const name = `.alist-contract-${randomBytes(6).toString("hex")}`;
  const path = dir === "/" ? `/${name}` : `${dir}/${name}`;
  return { dir, name, path, at: (...parts) => [path, ...parts].join("/") };
}

export interface CleanupResult {
  removed: boolean;
  detail: string;
}

export async function removeSandbox(session: Session, sandbox: Sandbox, stores: boolean): Promise<CleanupResult> {
  const leftover = `the folder ${sandbox.path} and everything the suite wrote in it may be left; remove it by hand`;
  try {
    const { exchange } = await session.call("fsRemove", {
      label: "cleanup",
      intent: "positive",
      body: { dir: sandbox.dir, names: [sandbox.name] },
    });
    const code = (exchange.answer.json as { code?: unknown } | undefined)?.code;
    if (code !== 200)
      return {
        removed: false,
        detail: `fs/remove answered ${exchange.answer.error ?? `code ${String(code)}`}: ${leftover}`,
      };
    if (!stores) return { removed: true, detail: `removed ${sandbox.path} (mock: nothing was stored)` };
    const check = await session.call("fsGet", {
      label: "cleanup: the folder is gone",
      intent: "gone",
      body: { path: sandbox.path },
    });
    if ((check.exchange.answer.json as { code?: unknown } | undefined)?.code === 200) {
      return { removed: false, detail: `fs/remove answered 200 but ${sandbox.path} is still there: ${leftover}` };
    }
    return { removed: true, detail: `removed ${sandbox.path}` };
  } catch (error) {
    return { removed: false, detail: `cleanup failed (${(error as Error).message}): ${leftover}` };
  }
}
