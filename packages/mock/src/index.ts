/**
 * The AList mock for tests and tools, in two modes:
 * - "stateful" (the default of startMock() and `pnpm mock`): an in-process AList with a file
 *   tree, users and tasks, checked against the spec both ways,
 * - "static": Prism serving the spec's examples (contract tests: `startMock({ mode: "static" })`).
 */

import { type RunningStatefulMock, type StatefulOptions, startStatefulMock } from "./stateful/server.js";
import { type StaticMockOptions, startStaticMock } from "./static-mock.js";

export type { RunningStatefulMock, StatefulOptions } from "./stateful/server.js";
export { DEFAULT_USERS, hashPassword, readUsersFile, type UserSpec } from "./stateful/users.js";
export { DEFAULT_SPEC_PATH, type StaticMockOptions } from "./static-mock.js";
export { startStatefulMock };

/** @deprecated kept for callers of the static mock: use StaticMockOptions. */
export type MockOptions = StaticMockOptions;

export interface RunningMock {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export function startMock(options?: StatefulOptions & { mode?: "stateful" }): Promise<RunningStatefulMock>;
export function startMock(options: StaticMockOptions & { mode: "static" }): Promise<RunningMock>;
export function startMock(
  options: (StaticMockOptions & { mode: "static" }) | (StatefulOptions & { mode?: "stateful" }) = {},
): Promise<RunningMock | RunningStatefulMock> {
  if (options.mode === "static") return startStaticMock(options);
  return startStatefulMock(options);
}
