/**
 * `alist put <local-file> <remote-path>`: streams the file (never whole in memory) with
 * its mtime as Last-Modified. A remote path ending in `/` means "into that folder, same
 * name". The progress bar goes to stderr, and only when stderr is a terminal.
 */
import { basename } from "node:path";
import type { TaskInfo } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import type { FailureScene } from "../failure-report.js";
import { givenFolderPassword } from "../folder-password.js";
import { fields, humanDuration, humanRate, sizeWithBytes } from "../format.js";
import { printable } from "../printable.js";
import type { PutOptions } from "../registration/put.js";
import { stateName } from "../tasks-format.js";
import { transferBar } from "../transfer-bar.js";

/** `/a/b/` + `./x.bin` -> `/a/b/x.bin`; any other remote path is the file's full path. */
export function remoteTarget(local: string, remote: string): string {
  return remote.endsWith("/") ? `${remote}${basename(local)}` : remote;
}

function renderTask(task: TaskInfo): Array<[string, string]> {
  return [
    ["task", task.id],
    ["name", task.name],
    ["state", `${stateName(task.state)} (${task.state})`],
    ["status", task.status || "-"],
  ];
}

export async function put(
  context: Context,
  local: string,
  remote: string,
  options: PutOptions,
  scene: FailureScene,
): Promise<void> {
  const target = remoteTarget(local, remote);
  scene.interruptNote = "the remote file may be incomplete";
  const client = context.connect("required");
  context.out.verbose(`put ${local} -> ${target}`);

  const password = givenFolderPassword(context, options.password);
  const bar = await transferBar(context.out);
  const started = performance.now();
  let result: Awaited<ReturnType<typeof client.upload>>;
  try {
    result = await client.upload(local, target, {
      signal: context.signal,
      ...(options.asTask ? { asTask: true } : {}),
      ...(options.overwrite === false ? { overwrite: false } : {}),
      ...(password ? { password } : {}),
      ...(context.timeoutMs !== undefined ? { timeoutMs: context.timeoutMs } : {}),
      onProgress: ({ sent, total }) => bar.report(sent, total),
    });
  } finally {
    bar.stop();
  }
  const seconds = Math.round(performance.now() - started) / 1000;

  const { task } = result;
  context.out.data({ local, remote: target, size: result.size, seconds, ...(task ? { task } : {}) }, () => {
    const summary = `${task ? "queued" : "uploaded"} ${printable(local)} -> ${printable(target)}: ${sizeWithBytes(result.size)} in ${humanDuration(seconds)}, ${humanRate(result.size, seconds)}`;
    return task ? `${summary}\n${fields(renderTask(task), context.out.style.bold)}` : summary;
  });
}
