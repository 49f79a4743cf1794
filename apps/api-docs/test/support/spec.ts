// The spec as the reference is built from: spec/openapi.yaml bundled into one document, so the
// test's list of operations grows with the spec and never needs editing.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const specPath = fileURLToPath(new URL("../../../../spec/openapi.yaml", import.meta.url));

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;

interface OperationObject {
  operationId?: string;
  summary?: string;
  tags?: string[];
}

export interface BundledSpec {
  info: { title: string };
  paths?: Record<string, Partial<Record<(typeof METHODS)[number], OperationObject>>>;
}

export interface SpecOperation {
  /** Upper case, as the page shows it. */
  method: string;
  path: string;
  /** What the page names the operation by: its summary, else its operationId. */
  title: string;
  tags: string[];
}

export function bundleSpec(): BundledSpec {
  const json = execFileSync(
    join(packageDir, "node_modules/.bin/redocly"),
    ["bundle", specPath, "--ext", "json"],
    // The bundle goes to stdout; progress and notices go to stderr, which we do not show.
    {
      cwd: packageDir,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, REDOCLY_TELEMETRY: "off" },
    },
  );
  return JSON.parse(json) as BundledSpec;
}

export function operationsOf(spec: BundledSpec): SpecOperation[] {
  return Object.entries(spec.paths ?? {}).flatMap(([path, item]) =>
    METHODS.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      return [
        {
          method: method.toUpperCase(),
          path,
          title: operation.summary ?? operation.operationId ?? `${method.toUpperCase()} ${path}`,
          tags: operation.tags ?? [],
        },
      ];
    }),
  );
}
