/** The probe file: a random name inside the folder under test, 1-64 KiB of random bytes. */
import { randomBytes, randomInt } from "node:crypto";

export interface Probe {
  /** The folder it goes to. */
  dir: string;
  name: string;
  /** `dir` + `/` + `name`. */
  path: string;
  bytes: Buffer;
}

export const MIN_PROBE_BYTES = 1024;
export const MAX_PROBE_BYTES = 64 * 1024;

export function makeProbe(dir: string): Probe {
  const name = `.alist-smoke-${randomBytes(8).toString("hex")}.bin`;
  const bytes = randomBytes(randomInt(MIN_PROBE_BYTES, MAX_PROBE_BYTES + 1));
  return { dir, name, path: dir === "/" ? `/${name}` : `${dir}/${name}`, bytes };
}
