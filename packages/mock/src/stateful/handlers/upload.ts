/** fs/put (the body is the file) and fs/form (a multipart part named `file`). */

import type { Readable } from "node:stream";
import busboy from "busboy";
import { type Ctx, type MockState, ok, requirePermission, userPath } from "../context.js";
import { Fail } from "../fail.js";
import { type Received, receive } from "../receive.js";
import type { TaskInfo } from "../tasks.js";
import { splitPath } from "../tree.js";
import { PERM, type User } from "../users.js";

/** Go's url.PathUnescape: `%XX` decoded, `+` kept, a bad escape refused. */
export function pathUnescape(raw: string): string {
  const bad = /%(?![0-9a-fA-F]{2})/.exec(raw);
  if (bad) throw new Fail(400, `invalid URL escape "${raw.slice(bad.index, bad.index + 3)}"`);
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new Fail(400, `invalid URL escape "${raw.slice(raw.indexOf("%"), raw.indexOf("%") + 3)}"`);
  }
}

interface Target {
  path: string;
  asTask: boolean;
  modified: Date;
}

function target(ctx: Ctx<"fsPut"> | Ctx<"fsForm">, missingStorage: (path: string) => Fail): Target {
  const { headers, user, state } = ctx;
  const path = userPath(user, pathUnescape(String(headers["file-path"] ?? "")));
  try {
    state.tree.locate(path);
  } catch {
    throw missingStorage(path);
  }
  requirePermission(user, PERM.write);
  if (headers.overwrite === "false" && state.tree.find(path)) throw new Fail(403, "file exists");
  const millis = Number(headers["last-modified"]);
  return {
    path,
    asTask: headers["as-task"] === "true",
    modified: Number.isFinite(millis) && millis > 0 ? new Date(millis) : new Date(),
  };
}

/** Stores the file now, or (As-Task) through an upload task that completes shortly. */
function store(state: MockState, user: User, to: Target, file: Received) {
  const { parent, name } = splitPath(to.path);
  const place = () => {
    const storage = state.tree.locate(to.path).storage;
    state.tree.place(parent, {
      name,
      isDir: false,
      content: file.content,
      size: file.size,
      modified: to.modified,
      created: new Date(),
      ...(storage.hashes ? { sha1: file.sha1 } : {}),
    });
  };
  if (!to.asTask) {
    place();
    return ok(null);
  }
  const { storage, inner } = state.tree.locate(parent);
  const task: TaskInfo = state.tasks.add(
    "upload",
    user,
    `upload ${name} to [/${storage.name}](/${inner.join("/")})`,
    file.size,
    300,
    place,
  );
  return ok({ task });
}

export async function fsPut(ctx: Ctx<"fsPut">) {
  const to = target(ctx, (path) => new Fail(500, `failed get storage: storage not found; rawPath: ${path}`));
  const declared = Number(ctx.headers["content-length"]);
  const file = await receive(ctx.request, ctx.state.spillDir);
  if (file.size !== declared) throw new Fail(400, `got ${file.size} bytes, Content-Length said ${declared}`);
  return store(ctx.state, ctx.user, to, file);
}

export async function fsForm(ctx: Ctx<"fsForm">) {
  const to = target(ctx, (path) => new Fail(400, `storage not found; rawPath: ${path}`));
  const file = await new Promise<Received | undefined>((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: ctx.request.headers });
    } catch (error) {
      reject(new Fail(400, (error as Error).message));
      return;
    }
    let taken: Promise<Received> | undefined;
    parser.on("file", (field: string, stream: Readable) => {
      if (field !== "file" || taken) {
        stream.resume();
        return;
      }
      taken = receive(stream, ctx.state.spillDir);
      taken.catch(reject);
    });
    parser.on("error", (error: Error) => reject(new Fail(400, error.message)));
    parser.on("close", () => (taken ? taken.then(resolve, reject) : resolve(undefined)));
    ctx.request.pipe(parser);
  });
  if (!file) throw new Fail(500, "http: no such file");
  return store(ctx.state, ctx.user, to, file);
}
