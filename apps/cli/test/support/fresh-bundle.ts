/** Tests that run the CLI through the repository's launcher need its bundle already fresh. */
import { fileURLToPath } from "node:url";
import { buildIfStale } from "../../../../scripts/launch.mjs";

export const REPO_ROOT = fileURLToPath(new URL("../../../..", import.meta.url));

/** A rebuild mid-run would swap dist/ under the other test files, so a stale bundle is an error. */
export function requireFreshBundle(): void {
  const stale = buildIfStale(REPO_ROOT, "apps/cli", { check: true });
  if (stale.length > 0) throw new Error(`stale bundles (${stale.join(", ")}): run ./alist --version once first`);
}
