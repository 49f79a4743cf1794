/** What every flow of the full suite shares. */
import type { Sandbox } from "../sandbox.js";
import type { Session } from "../session.js";

export interface FlowContext {
  session: Session;
  sandbox: Sandbox;
  /** The target keeps what it is sent (false for the static mock). */
  stores: boolean;
  /** The target is a mock the suite started (a throwaway): queue-wide task routes may run. */
  mock: boolean;
  /** Why stateful checks are skipped, when `stores` is false. */
  statelessReason: string;
  allowAccountChanges: boolean;
  credentials: { username: string; password: string } | undefined;
  /** Failed logins still allowed this run (AList locks an address out after 5). */
  loginBudget: { left: number };
  /** Ids of tasks the suite itself started, by task type. */
  tasks: Map<string, string[]>;
  /** The offline download tools the server offers. */
  offlineTools: string[];
}

export function code(json: unknown): unknown {
  return (json as { code?: unknown } | undefined)?.code;
}

export function data<T>(json: unknown): T | undefined {
  return (json as { data?: T } | undefined)?.data;
}
