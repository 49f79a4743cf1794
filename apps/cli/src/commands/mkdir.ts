/**
 * `alist mkdir [-p] <path...>`: creates folders (fs/mkdir). The server creates missing parents
 * and says nothing about a folder that exists, so the command asks first (fs/get): without
 * -p an existing folder is an error; with -p it is fine, and each missing parent is created.
 */
import { RemoteStateError } from "../command-errors.js";
import type { Context } from "../context.js";
import { printable } from "../printable.js";
import type { MkdirOptions } from "../registration/mkdir.js";
import { cleanRemotePath, isNotFound, remoteAncestry } from "../remote-paths.js";

type State = "folder" | "file" | "missing";

export async function mkdir(context: Context, paths: string[], options: MkdirOptions): Promise<void> {
  const targets = paths.map(cleanRemotePath);
  const client = context.connect("required");
  const call = { signal: context.signal };
  const state = async (path: string): Promise<State> => {
    if (path === "/") return "folder";
    try {
      return (await client.fsGet({ path }, call)).is_dir ? "folder" : "file";
    } catch (error) {
      if (isNotFound(error)) return "missing";
      throw error;
    }
  };
  const created: string[] = [];
  const create = async (path: string) => {
    await client.fsMkdir({ path }, call);
    created.push(path);
  };

  for (const target of targets) {
    if (!options.parents) {
      const found = await state(target);
      if (found === "folder") throw new RemoteStateError(`${target} already exists (with -p that is fine)`);
      if (found === "file") throw new RemoteStateError(`${target} exists and is a file`);
      await create(target);
      continue;
    }
    const chain = remoteAncestry(target);
    let first = chain.length;
    for (const [index, path] of chain.entries()) {
      const found = await state(path);
      if (found === "file") throw new RemoteStateError(`${path} exists and is a file`);
      if (found === "missing") {
        first = index;
        break;
      }
    }
    // Below the first missing folder nothing exists: no need to ask again.
    for (const path of chain.slice(first)) await create(path);
  }
  context.out.status(
    { created },
    created.length
      ? created.map((path) => `created ${printable(path)}`).join("\n")
      : "nothing to create: every folder exists",
  );
}
