/**
 * Removing the scenario's folder (and the probe in it) with `fsRemove({dir, names})` when both
 * the spec and the client have it; against an older spec or client the folder is reported instead.
 */
import type { CallOptions } from "@alist-toolkit/client";
import type { Probe } from "./probe.js";

export const REMOVE_OPERATION = "fsRemove";

export interface Remover {
  fsRemove(request: { dir: string; names: string[] }, options?: CallOptions): Promise<unknown>;
}

function asRemover(client: object): Remover | undefined {
  return typeof (client as Partial<Remover>).fsRemove === "function" ? (client as Remover) : undefined;
}

export type CleanupPlan = { remove: (options?: CallOptions) => Promise<string> } | { skip: string };

/** How the scenario's folder gets cleaned up: removed when both spec and client can, otherwise reported. */
export function planCleanup(client: object, specHasRemove: boolean, probe: Probe, mock: boolean): CleanupPlan {
  const remover = asRemover(client);
  if (specHasRemove && remover) {
    return {
      remove: async (options) => {
        await remover.fsRemove({ dir: probe.dir, names: [probe.folderName] }, options);
        return mock ? `remove answered as the contract says (mock: nothing was stored)` : `removed ${probe.folder}`;
      },
    };
  }
  const why = specHasRemove ? "the client has no fsRemove yet" : "no remove operation in the spec";
  return { skip: mock ? `${why}; mock run: nothing was written anywhere` : `${why}; folder left at ${probe.folder}` };
}
