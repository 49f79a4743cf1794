/**
 * `alist get <remote> [local]`: streams a file to disk (the client's download: the raw URL or
 * /d with its sign). It lands under a temp name beside the target and is renamed only when
 * complete; a failure or Ctrl-C removes the temp file. A progress bar on a terminal.
 */
import { lstatSync, statSync } from "node:fs";
import { join, posix } from "node:path";
import { LocalFileError } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import type { FailureScene } from "../failure-report.js";
import { withFolderPassword } from "../folder-password.js";
import { humanDuration, humanRate, sizeWithBytes } from "../format.js";
import { printable } from "../printable.js";
import type { GetOptions } from "../registration/get.js";
import { splitRemotePath } from "../remote-paths.js";
import { transferBar } from "../transfer-bar.js";

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Whether anything is at `path`, a dangling symbolic link included (existsSync follows links). */
function taken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** No local path: the remote name here; a folder (or a path ending in /): the remote name in it. */
export function localTarget(remote: string, local: string | undefined): string {
  const { name } = splitRemotePath(remote, "download");
  if (local === undefined) return name;
  return local.endsWith("/") || isFolder(local) ? join(local, name) : local;
}

export async function get(
  context: Context,
  remote: string,
  local: string | undefined,
  options: GetOptions,
  scene: FailureScene,
): Promise<void> {
  const { dir, name } = splitRemotePath(remote, "download");
  const source = posix.join(dir, name);
  const target = localTarget(source, local);
  // Before anything is sent: the client checks again, but this fails without a round trip.
  if (!options.force && taken(target)) {
    throw new LocalFileError(target, "already exists (pass --force to replace it)");
  }
  const client = context.connect("required");
  scene.interruptNote = `nothing was written to ${target}`;
  context.out.verbose(`get ${source} -> ${target}`);

  const bar = await transferBar(context.out);
  const started = performance.now();
  let size: number;
  try {
    ({ size } = await withFolderPassword(context, options.password, source, (password) =>
      client.download(source, target, {
        signal: context.signal,
        ...(options.force ? { overwrite: true } : {}),
        ...(password ? { password } : {}),
        ...(context.timeoutMs !== undefined ? { timeoutMs: context.timeoutMs } : {}),
        onProgress: ({ received, total }) => bar.report(received, total),
      }),
    ));
  } finally {
    bar.stop();
  }
  const seconds = Math.round(performance.now() - started) / 1000;
  context.out.data(
    { remote: source, local: target, size, seconds },
    () =>
      `downloaded ${printable(source)} -> ${printable(target)}: ${sizeWithBytes(size)} in ${humanDuration(seconds)}, ${humanRate(size, seconds)}`,
  );
}
