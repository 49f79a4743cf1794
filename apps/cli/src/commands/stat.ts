/** `alist stat <remote-path>`: one file or folder (fs/get). */
import type { FsGetData } from "@alist-toolkit/client";
import type { Context } from "../context.js";
import { withFolderPassword } from "../folder-password.js";
import { fields, kindOf, sizeWithBytes } from "../format.js";
import type { Style } from "../output.js";
import type { StatOptions } from "../registration/stat.js";

const ZERO_TIME = "0001-01-01T00:00:00Z";

function hashes(info: FsGetData["hash_info"]): string {
  const entries = Object.entries(info ?? {}).filter(([, value]) => value);
  return entries.length === 0 ? "none" : entries.map(([name, value]) => `${name} ${value}`).join(", ");
}

export function renderObject(object: FsGetData, style: Style): string {
  const rows: Array<[string, string]> = [
    ["name", object.name],
    ["size", sizeWithBytes(object.size)],
    ["kind", kindOf(object)],
    ["modified", object.modified === ZERO_TIME ? "unknown" : object.modified],
    ["provider", object.provider],
    ["hashes", hashes(object.hash_info)],
  ];
  if (object.raw_url) rows.push(["raw URL", object.raw_url]);
  return fields(rows, style.bold);
}

export async function stat(context: Context, remotePath: string, options: StatOptions): Promise<void> {
  const client = context.connect("required");
  const object = await withFolderPassword(context, options.password, remotePath, (password) =>
    client.fsGet({ path: remotePath, ...(password ? { password } : {}) }, { signal: context.signal }),
  );
  context.out.data(object, () => renderObject(object, context.out.style));
}
