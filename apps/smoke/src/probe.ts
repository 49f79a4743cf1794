/**
 * What the live scenario writes: a fresh folder `.alist-smoke-<random hex>` inside the folder
 * under test, holding one probe file of 1-64 KiB of random bytes that is later renamed.
 */
import { randomBytes, randomInt } from "node:crypto";

export interface Probe {
  /** The folder under test (--dir). */
  dir: string;
  /** The fresh folder's name, and its path inside `dir`. */
  folderName: string;
  folder: string;
  /** The probe file's name, and its path inside `folder`. */
  name: string;
  path: string;
  /** The name it is renamed to, and the path it then has. */
  renamedName: string;
  renamedPath: string;
  bytes: Buffer;
}

export const MIN_PROBE_BYTES = 1024;
export const MAX_PROBE_BYTES = 64 * 1024;

export function makeProbe(dir: string): Probe {
  const folderName = `.alist-smoke-${randomBytes(8).toString("hex")}`;
  const folder = dir === "/" ? `/${folderName}` : `${dir}/${folderName}`;
  const bytes = randomBytes(randomInt(MIN_PROBE_BYTES, MAX_PROBE_BYTES + 1));
  return {
    dir,
    folderName,
    folder,
    name: "probe.bin",
    path: `${folder}/probe.bin`,
    renamedName: "probe-renamed.bin",
    renamedPath: `${folder}/probe-renamed.bin`,
    bytes,
  };
}
