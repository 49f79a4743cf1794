/**
 * What a run goes against. Without `--target` it starts a mock: the stateful one (an AList that
 * stores what it is sent) by default, or the static one (Prism on the spec's examples).
 */
import { performance } from "node:perf_hooks";
import { startMock } from "@alist-toolkit/mock";
import type { MockKind } from "../options.js";
import { embeddedSpecPath } from "../spec.js";

export interface Target {
  url: string;
  kind: "stateful-mock" | "static-mock" | "live";
  /** False for the static mock (Prism answers the spec's examples and stores nothing). */
  stores: boolean;
  startMs?: number;
  stop(): Promise<void>;
}

export const STATIC_MOCK_REASON = "the static mock (Prism) answers the spec's examples and stores nothing";

export async function startDefaultMock(kind: MockKind = "stateful"): Promise<Target> {
  const started = performance.now();
  const mock =
    kind === "stateful"
      ? await startMock({ mode: "stateful" })
      : await startMock({ mode: "static", specPath: embeddedSpecPath() });
  return {
    url: mock.url,
    kind: kind === "stateful" ? "stateful-mock" : "static-mock",
    stores: kind === "stateful",
    startMs: Math.round(performance.now() - started),
    stop: () => mock.stop(),
  };
}

export function liveTarget(url: string): Target {
  return { url, kind: "live", stores: true, stop: async () => {} };
}
