/**
 * Removing the scenario's folder (and the probe in it) with `fsRemove({dir, names})` when the
 * spec has it; against an older spec the folder is reported instead.
 */
import type { AlistClient, CallOptions } from "@alist-toolkit/client";
import type { Probe } from "./probe.js";

export const REMOVE_OPERATION = "fsRemove";

/** The one call cleanup makes; every client has it. */
export type Remover = Pick<AlistClient, "fsRemove">;

export type CleanupPlan = { remove: (options?: CallOptions) => Promise<string> } | { skip: string };

/** How the scenario's folder gets cleaned up: removed when the spec has the operation, otherwise reported. */
export function planCleanup(client: Remover, specHasRemove: boolean, probe: Probe, mock: boolean): CleanupPlan {
  if (!specHasRemove) {
    const why = "no remove operation in the spec";
    return { skip: mock ? `${why}; mock run: nothing was written anywhere` : `${why}; folder left at ${probe.folder}` };
  }
  return {
    remove: async (options) => {
      await client.fsRemove({ dir: probe.dir, names: [probe.folderName] }, options);
      return mock ? "remove answered as the contract says (mock: nothing was stored)" : `removed ${probe.folder}`;
    },
  };
}
