/**
 * Every fs operation on objects the suite creates in its sandbox, each write followed by its
 * stateful checks: mkdir, put, form, link, other, search, rename, batch_rename, regex_rename,
 * move, copy, recursive_move, remove_empty_directory, remove, add_offline_download.
 */
import { code, data, type FlowContext } from "./context.js";
import { expectGone, expectPresent } from "./state.js";
import { formUpload, SETUP_DEPENDENT } from "./templates.js";

const PROBE = "alist-contract probe\n";

function rememberTask(ctx: FlowContext, type: string, json: unknown): void {
  const d = data<{ task?: { id?: unknown }; tasks?: Array<{ id?: unknown }> }>(json);
  const ids = [d?.task?.id, ...(d?.tasks ?? []).map((task) => task?.id)].filter(
    (id): id is string => typeof id === "string",
  );
  if (ids.length > 0) ctx.tasks.set(type, [...(ctx.tasks.get(type) ?? []), ...ids]);
}

export async function runFs(ctx: FlowContext): Promise<void> {
  const { session, sandbox: s } = ctx;
  const intent = (op: string) => (SETUP_DEPENDENT.has(op) ? "answer" : "positive") as "answer" | "positive";
  const call = (op: string, body: unknown, label = "positive") => session.call(op, { label, intent: intent(op), body });

  await call("fsGet", { path: s.path });
  await call("fsList", { path: s.path, page: 1, per_page: 0, refresh: true });
  await call("fsDirs", { path: s.dir });

  const put = (path: string, headers: Record<string, string> = {}) =>
    session.call("fsPut", {
      label: headers["As-Task"] ? "positive (As-Task)" : "positive",
      intent: "positive",
      headers: {
        "File-Path": encodeURIComponent(path),
        "Content-Type": "application/octet-stream",
        Overwrite: "false",
        ...headers,
      },
      rawBody: PROBE,
    });
  await put(s.at("a.txt"));
  await expectPresent(ctx, "fsPut", s.at("a.txt"), { size: Buffer.byteLength(PROBE) });
  const asTask = await put(s.at("task.txt"), { "As-Task": "true" });
  rememberTask(ctx, "upload", asTask.exchange.answer.json);
  await expectPresent(ctx, "fsPut", s.at("task.txt"), { attempts: 5 });

  await session.call("fsForm", { label: "positive", intent: "positive", ...formUpload(s.at("form.txt"), PROBE) });
  await expectPresent(ctx, "fsForm", s.at("form.txt"), { size: Buffer.byteLength(PROBE) });

  await call("fsLink", { path: s.at("a.txt") });
  await call("fsOther", { path: s.at("a.txt"), method: "video_preview" });
  await call("fsSearch", { parent: s.path, keywords: "a", scope: 0, page: 1, per_page: 10 });

  await call("fsRename", { path: s.at("a.txt"), name: "b.txt" });
  await expectPresent(ctx, "fsRename", s.at("b.txt"));
  await expectGone(ctx, "fsRename", s.at("a.txt"));

  await call("fsBatchRename", { src_dir: s.path, rename_objects: [{ src_name: "b.txt", new_name: "c.txt" }] });
  await expectPresent(ctx, "fsBatchRename", s.at("c.txt"));
  await expectGone(ctx, "fsBatchRename", s.at("b.txt"));

  await call("fsRegexRename", { src_dir: s.path, src_name_regex: "^c\\.txt$", new_name_regex: "d.txt" });
  await expectPresent(ctx, "fsRegexRename", s.at("d.txt"));
  await expectGone(ctx, "fsRegexRename", s.at("c.txt"));

  await call("fsMkdir", { path: s.at("sub") });
  await expectPresent(ctx, "fsMkdir", s.at("sub"));

  const move = await call("fsMove", { src_dir: s.path, dst_dir: s.at("sub"), names: ["d.txt"] });
  rememberTask(ctx, "move", move.exchange.answer.json);
  await expectPresent(ctx, "fsMove", s.at("sub", "d.txt"), { attempts: 5 });
  await expectGone(ctx, "fsMove", s.at("d.txt"));

  const copy = await call("fsCopy", { src_dir: s.at("sub"), dst_dir: s.path, names: ["d.txt"] });
  rememberTask(ctx, "copy", copy.exchange.answer.json);
  await expectPresent(ctx, "fsCopy", s.at("d.txt"), { attempts: 5 });
  await expectPresent(ctx, "fsCopy", s.at("sub", "d.txt"));

  await call("fsMkdir", { path: s.at("moved") });
  await call("fsRecursiveMove", { src_dir: s.at("sub"), dst_dir: s.at("moved") });
  await expectPresent(ctx, "fsRecursiveMove", s.at("moved", "d.txt"), { attempts: 5 });
  await expectGone(ctx, "fsRecursiveMove", s.at("sub", "d.txt"));

  await call("fsMkdir", { path: s.at("sub", "empty") });
  await call("fsRemoveEmptyDirectory", { src_dir: s.at("sub") });
  await expectGone(ctx, "fsRemoveEmptyDirectory", s.at("sub", "empty"));

  await call("fsRemove", { dir: s.path, names: ["d.txt"] });
  await expectGone(ctx, "fsRemove", s.at("d.txt"));

  const tool = ctx.offlineTools[0];
  if (!tool && ctx.stores) {
    session.skip("fsAddOfflineDownload", ["positive-data-acceptance"], "the server offers no offline download tool");
  } else {
    const offline = await call("fsAddOfflineDownload", {
      urls: ["http://127.0.0.1:9/alist-contract.bin"],
      path: s.path,
      tool: tool ?? "SimpleHttp",
      delete_policy: "delete_on_upload_succeed",
    });
    if (code(offline.exchange.answer.json) === 200) rememberTask(ctx, "offline_download", offline.exchange.answer.json);
  }
}
