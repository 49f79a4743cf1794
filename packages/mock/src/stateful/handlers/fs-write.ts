/** The write operations: mkdir, the renames, move, copy (a task between storages), remove. */
import { type Ctx, type Handlers, type MockState, ok, requirePermission, userPath } from "../context.js";
import { Fail, objectNotFound } from "../fail.js";
import { cloneEntry, type Entry, joinPath, splitPath } from "../tree.js";
import { PERM, type User } from "../users.js";
import { OFFLINE_TOOLS } from "./public.js";

function exists(name: string): Fail {
  return new Fail(403, `file [${name}] exists`);
}

function renameIn(state: MockState, dir: string, from: string, to: string, overwrite: boolean): void {
  const parent = state.tree.folderAt(dir, "object not found");
  const entry = parent.children?.get(from);
  if (!entry) throw objectNotFound();
  if (from === to) return;
  if (parent.children?.has(to) && !overwrite) throw exists(to);
  parent.children?.delete(from);
  entry.name = to;
  entry.modified = new Date();
  parent.children?.set(to, entry);
}

function checkNames(names: string[] | undefined): string[] {
  if (!names || names.length === 0) throw new Fail(400, "Empty file names");
  return names;
}

/** Moves (or copies) one entry into a folder; an existing name needs `overwrite`. */
function transfer(state: MockState, srcDir: string, name: string, dstDir: string, overwrite: boolean, keep: boolean) {
  const source = state.tree.folderAt(srcDir, "object not found").children?.get(name);
  if (!source) throw objectNotFound();
  const target = state.tree.folderAt(dstDir, "object not found");
  if (target.children?.has(name) && !overwrite) throw exists(name);
  if (!keep) state.tree.detach(srcDir, name);
  state.tree.place(dstDir, keep ? cloneEntry(source) : source);
}

function sameStorage(state: MockState, a: string, b: string): boolean {
  return state.tree.locate(a).storage === state.tree.locate(b).storage;
}

function startCopyTask(ctx: Ctx<"fsCopy">, srcDir: string, name: string, dstDir: string, overwrite: boolean) {
  const { state, user } = ctx;
  const source = state.tree.find(joinPath(srcDir, name));
  if (!source) throw objectNotFound();
  const from = state.tree.locate(srcDir);
  const to = state.tree.locate(dstDir);
  const label = `copy [/${from.storage.name}](/${[...from.inner, name].join("/")}) to [/${to.storage.name}](/${to.inner.join("/")})`;
  return state.tasks.add("copy", user, label, totalSize(source), state.copyMs, () =>
    transfer(state, srcDir, name, dstDir, overwrite, true),
  );
}

function totalSize(entry: Entry): number {
  if (!entry.isDir) return entry.size;
  return [...(entry.children?.values() ?? [])].reduce((sum, child) => sum + totalSize(child), 0);
}

function removeEmptyFolders(entry: Entry): void {
  for (const [name, child] of entry.children ?? []) {
    if (!child.isDir) continue;
    removeEmptyFolders(child);
    if (child.children?.size === 0) entry.children?.delete(name);
  }
}

function regex(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new Fail(500, `error parsing regexp: ${(error as Error).message}`);
  }
}

function writable(user: User, path: string, state: MockState): string {
  requirePermission(user, PERM.write);
  state.tree.locate(path);
  return path;
}

export const fsWriteHandlers: Handlers = {
  fsMkdir: ({ body, user, state }) => {
    const path = writable(user, userPath(user, body.path), state);
    state.tree.mkdirs(path);
    return ok(null);
  },

  fsRename: ({ body, user, state }) => {
    requirePermission(user, PERM.rename);
    const { parent, name } = splitPath(userPath(user, body.path));
    if (body.name.includes("/")) throw new Fail(403, "access using relative path is not allowed");
    renameIn(state, parent, name, body.name, body.overwrite === true);
    return ok(null);
  },

  fsBatchRename: ({ body, user, state }) => {
    requirePermission(user, PERM.rename);
    const dir = userPath(user, body.src_dir);
    for (const item of body.rename_objects ?? []) {
      if (!item.src_name || !item.new_name) continue;
      renameIn(state, dir, item.src_name, item.new_name, false);
    }
    return ok(null);
  },

  fsRegexRename: ({ body, user, state }) => {
    requirePermission(user, PERM.rename);
    const dir = userPath(user, body.src_dir);
    const pattern = regex(body.src_name_regex);
    const folder = state.tree.folderAt(dir, "object not found");
    for (const name of [...(folder.children?.keys() ?? [])]) {
      if (!pattern.test(name)) continue;
      const renamed = name.replace(pattern, body.new_name_regex);
      renameIn(state, dir, name, renamed, false);
    }
    return ok(null);
  },

  fsMove: ({ body, user, state }) => {
    requirePermission(user, PERM.move);
    const src = userPath(user, body.src_dir);
    const dst = userPath(user, body.dst_dir);
    for (const name of checkNames(body.names)) transfer(state, src, name, dst, body.overwrite === true, false);
    return ok(null);
  },

  fsRecursiveMove: ({ body, user, state }) => {
    requirePermission(user, PERM.move);
    const src = userPath(user, body.src_dir);
    const dst = userPath(user, body.dst_dir);
    const policy = body.conflict_policy ?? "cancel";
    const files = [...state.tree.walk(src)].filter(({ entry }) => !entry.isDir);
    const target = state.tree.folderAt(dst, "object not found");
    if (policy === "cancel") {
      const clash = files.find(({ entry }) => target.children?.has(entry.name));
      if (clash) throw exists(clash.entry.name);
    }
    let moved = 0;
    for (const { dir, entry } of files) {
      if (target.children?.has(entry.name) && policy === "skip") continue;
      transfer(state, dir, entry.name, dst, true, false);
      moved++;
    }
    return { code: 200, message: `Successfully moved ${moved} file(s)`, data: null };
  },

  fsCopy: (ctx) => {
    const { body, user, state } = ctx;
    requirePermission(user, PERM.copy);
    const src = userPath(user, body.src_dir);
    const dst = userPath(user, body.dst_dir);
    const names = checkNames(body.names);
    state.tree.folderAt(dst, "object not found");
    if (sameStorage(state, src, dst)) {
      for (const name of names) transfer(state, src, name, dst, body.overwrite === true, true);
      return ok({ tasks: [] });
    }
    for (const name of names) {
      if (!body.overwrite && state.tree.find(joinPath(dst, name))) throw exists(name);
    }
    return ok({ tasks: names.map((name) => startCopyTask(ctx, src, name, dst, body.overwrite === true)) });
  },

  fsRemove: ({ body, user, state }) => {
    requirePermission(user, PERM.remove);
    const dir = userPath(user, body.dir);
    for (const name of checkNames(body.names)) state.tree.detach(dir, name);
    return ok(null);
  },

  fsRemoveEmptyDirectory: ({ body, user, state }) => {
    requirePermission(user, PERM.remove);
    removeEmptyFolders(state.tree.folderAt(userPath(user, body.src_dir), "object not found"));
    return ok(null);
  },

  fsAddOfflineDownload: ({ body, user, state }) => {
    requirePermission(user, PERM.offlineDownload);
    const dir = userPath(user, body.path);
    state.tree.locate(dir);
    if (!(OFFLINE_TOOLS as readonly string[]).includes(body.tool)) {
      throw new Fail(500, `failed get offline download tool: tool ${body.tool} not found`);
    }
    const tasks = (body.urls ?? []).map((url) => {
      const name = decodeURIComponent(new URL(url, "http://x").pathname.split("/").pop() || "index.html");
      return state.tasks.add("offline_download", user, `download ${url} to (${dir})`, 0, state.copyMs, () =>
        state.tree.place(dir, {
          name,
          isDir: false,
          content: { kind: "bytes", bytes: Buffer.from(`downloaded from ${url}\n`) },
          size: `downloaded from ${url}\n`.length,
          modified: new Date(),
          created: new Date(),
        }),
      );
    });
    return ok({ tasks });
  },
};
