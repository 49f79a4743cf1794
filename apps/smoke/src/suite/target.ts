/**
 * What the suite runs against. Without `--target` it starts the default mock; that is the only
 * place that knows which mock, so a stateful mock can replace the static one in one step.
 */
import { performance } from "node:perf_hooks";
import { startMock } from "@alist-toolkit/mock";
import { embeddedSpecPath } from "../spec.js";

export interface Target {
  url: string;
  kind: "static-mock" | "live";
  /** False for the static mock (Prism answers the spec's examples and stores nothing). */
  stores: boolean;
  startMs?: number;
  stop(): Promise<void>;
}

export const STATIC_MOCK_REASON = "the static mock (Prism) answers the spec's examples and stores nothing";

export async function startDefaultMock(): Promise<Target> {
  const started = performance.now();
  const mock = await startMock({ specPath: embeddedSpecPath() });
  return {
    url: mock.url,
    kind: "static-mock",
    stores: false,
    startMs: Math.round(performance.now() - started),
    stop: () => mock.stop(),
  };
}

export function liveTarget(url: string): Target {
  return { url, kind: "live", stores: true, stop: async () => {} };
}
