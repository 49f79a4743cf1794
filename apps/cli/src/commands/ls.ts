/** `alist ls [path] [-l]`: every entry of a folder, fetched page by page (fs/list). */
import type { Obj } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import { withFolderPassword } from "../folder-password.js";
import { humanBytes, shortTime, table } from "../format.js";
import { printable } from "../printable.js";
import type { LsOptions } from "../registration/ls.js";
import { cleanRemotePath } from "../remote-paths.js";

const shownName = (entry: Obj) => (entry.is_dir ? `${entry.name}/` : entry.name);

/** Kind, size (folders `-`), modified and name. */
export function longListing(entries: Obj[], style?: (text: string) => string): string {
  const rows = entries.map((entry) => [
    entry.is_dir ? "d" : "-",
    entry.is_dir ? "-" : humanBytes(entry.size),
    shortTime(entry.modified),
    shownName(entry),
  ]);
  return table(["", "SIZE", "MODIFIED", "NAME"], rows, { right: [1], ...(style ? { style } : {}) });
}

export async function ls(context: Context, path: string | undefined, options: LsOptions): Promise<void> {
  const target = cleanRemotePath(path ?? "/");
  const client = context.connect("required");
  const entries = await withFolderPassword(context, options.password, target, async (password) => {
    const found: Obj[] = [];
    for await (const entry of client.listAll(target, { signal: context.signal, ...(password ? { password } : {}) })) {
      found.push(entry);
    }
    return found;
  });
  context.out.verbose(`${entries.length} ${entries.length === 1 ? "entry" : "entries"} in ${target}`);
  context.out.data({ path: target, entries }, () => {
    if (entries.length === 0) return "";
    return options.long
      ? longListing(entries, context.out.style.bold)
      : entries.map((entry) => printable(shownName(entry))).join("\n");
  });
}
