/** fs/list, fs/get, fs/dirs, fs/search, fs/other and fs/link over the in-memory tree. */
import { type Handlers, ok, requireAdmin, userPath } from "../context.js";
import { Fail, objectNotFound } from "../fail.js";
import { byFolderThenName, fileType, type Obj, objType, time, toObj } from "../objects.js";
import { type Entry, joinPath, splitPath, type Tree } from "../tree.js";
import { PERM } from "../users.js";

const ZERO_TIME = "0001-01-01T00:00:00Z";

/** The children of a folder, or the storages for `/`. */
function childrenOf(tree: Tree, path: string): { entries: Entry[]; provider: string } {
  if (path === "/") {
    const mounts = [...tree.storages.values()].map((storage) => ({ ...storage.root, name: storage.name }));
    return { entries: mounts, provider: "unknown" };
  }
  const dir = tree.folderAt(path);
  return { entries: [...(dir.children?.values() ?? [])], provider: tree.locate(path).storage.provider };
}

function storageOf(tree: Tree, path: string) {
  return path === "/" ? undefined : tree.locate(path).storage;
}

export const fsReadHandlers: Handlers = {
  fsList: ({ body, user, state }) => {
    const path = userPath(user, body?.path);
    if (body?.refresh && (user.permission & PERM.write) === 0) throw new Fail(403, "Refresh without permission");
    const { entries, provider } = childrenOf(state.tree, path);
    entries.sort(byFolderThenName);
    const page = Math.max(1, body?.page ?? 1);
    const perPage = (body?.per_page ?? 0) < 1 ? entries.length || 1 : (body?.per_page as number);
    const slice = entries.slice((page - 1) * perPage, page * perPage);
    const storage = storageOf(state.tree, path);
    const content = slice.map((entry) => toObj(entry, joinPath(path, entry.name), storage, state.signer));
    return ok({
      content: content.length > 0 ? content : null,
      total: entries.length,
      readme: "",
      header: "",
      write: (user.permission & PERM.write) !== 0,
      provider,
    });
  },

  fsGet: ({ body, user, state, baseUrl }) => {
    const path = userPath(user, body?.path);
    if (path === "/") {
      return ok({
        ...toObj(
          { name: "root", isDir: true, size: 0, modified: new Date(0), created: new Date(0) },
          "/",
          undefined,
          state.signer,
          0,
        ),
        modified: ZERO_TIME,
        created: ZERO_TIME,
        raw_url: "",
        readme: "",
        header: "",
        provider: "unknown",
        related: null,
      });
    }
    const entry = state.tree.find(path);
    if (!entry) throw objectNotFound();
    const storage = state.tree.locate(path).storage;
    const obj = toObj(entry, path, storage, state.signer, fileType(entry.name));
    let related: Obj[] | null = null;
    const { parent } = splitPath(path);
    if (!entry.isDir && parent !== "/") {
      const base = entry.name.includes(".") ? entry.name.slice(0, entry.name.lastIndexOf(".")) : entry.name;
      const siblings = [...(state.tree.find(parent)?.children?.values() ?? [])].filter(
        (sibling) => sibling !== entry && !sibling.isDir && sibling.name.startsWith(base),
      );
      if (siblings.length > 0) {
        related = siblings.map((sibling) => toObj(sibling, joinPath(parent, sibling.name), storage, state.signer));
      }
    }
    return ok({
      ...obj,
      raw_url: entry.isDir ? "" : `${baseUrl}/p${encodePath(path)}?sign=${obj.sign}`,
      readme: "",
      header: "",
      provider: storage.provider,
      related,
    });
  },

  fsDirs: ({ body, user, state }) => {
    if (body?.force_root && user.role !== 2) throw new Fail(403, "Permission denied");
    const path = body?.force_root ? "/" : userPath(user, body?.path);
    const { entries } = childrenOf(state.tree, path);
    const dirs = entries
      .filter((entry) => entry.isDir)
      .sort(byFolderThenName)
      .map((entry) => ({ name: entry.name, modified: time(entry.modified) }));
    return ok(dirs.length > 0 ? dirs : null);
  },

  fsSearch: ({ body, user, state }) => {
    if ((body.page ?? 0) < 1) throw new Fail(400, "page can't < 1");
    if ((body.per_page ?? 0) < 1) throw new Fail(400, "per_page can't < 1");
    if (!body.keywords) throw new Fail(400, "keywords can't be empty");
    // The spec documents no 403 for search: a relative parent is refused as a bad request.
    if (String(body.parent).split("/").includes("..")) throw new Fail(400, "using relative path is not allowed");
    const parent = userPath(user, body.parent);
    const keywords = (body.keywords ?? "").toLowerCase();
    const scope = body.scope ?? 0;
    const roots = parent === "/" ? [...state.tree.storages.keys()].map((name) => `/${name}`) : [parent];
    const hits = roots.flatMap((root) =>
      [...state.tree.walk(root)]
        .filter(({ entry }) => entry.name.toLowerCase().includes(keywords))
        .filter(({ entry }) => scope === 0 || (scope === 1) === entry.isDir)
        .map(({ dir, entry }) => ({
          parent: dir,
          name: entry.name,
          is_dir: entry.isDir,
          size: entry.isDir ? 0 : entry.size,
          type: objType(entry),
        })),
    );
    const page = body.page as number;
    const perPage = body.per_page as number;
    return ok({ content: hits.slice((page - 1) * perPage, page * perPage), total: hits.length });
  },

  fsOther: ({ body, user, state }) => {
    const path = userPath(user, body?.path);
    if (!state.tree.find(path)) throw objectNotFound();
    throw new Fail(500, "not implement");
  },

  fsLink: ({ body, user, state, baseUrl }) => {
    requireAdmin(user);
    const path = userPath(user, body?.path);
    const entry = state.tree.find(path);
    if (!entry || entry.isDir) throw objectNotFound();
    return ok({
      url: `${baseUrl}/p${encodePath(path)}?sign=${state.signer.sign(path)}`,
      header: null,
      Expiration: null,
      concurrency: 0,
      part_size: 0,
    });
  },
};

/** Each segment URL-encoded, the slashes kept. */
export function encodePath(path: string): string {
  return path.split("/").map(encodeURIComponent).join("/");
}
