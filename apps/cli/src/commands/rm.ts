/** `alist rm <path...>`: removes files and folders (with their content), one fs/remove call per folder. */
import type { Context } from "../context.js";
import { printable } from "../printable.js";
import { groupByFolder, joinRemotePath } from "../remote-paths.js";

export async function rm(context: Context, paths: string[]): Promise<void> {
  const groups = groupByFolder(paths, "remove");
  const client = context.connect("required");
  const removed: string[] = [];
  for (const { dir, names } of groups) {
    await client.fsRemove({ dir, names }, { signal: context.signal });
    removed.push(...names.map((name) => joinRemotePath(dir, name)));
    context.out.verbose(`removed ${names.length} from ${dir}`);
  }
  context.out.status({ removed }, removed.map((path) => `removed ${printable(path)}`).join("\n"));
}
