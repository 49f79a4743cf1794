// Types of scripts/launch.mjs for the TypeScript tests that drive it.
export const COMMANDS: Record<"alist" | "smoke" | "mock", { dir: string; bin: string }>;
export class BuildError extends Error {}
export function buildIfStale(
  root: string,
  dir: string,
  options?: { onBuild?: (name: string) => void; check?: boolean },
): string[];
export function launch(command: string, args: string[], options?: { root?: string; cwd?: string }): Promise<void>;
