/**
 * An in-memory AList on 127.0.0.1 that keeps the contract closely enough for the suite's
 * checks to pass, with one switch per check that breaks exactly that rule.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { fsListData, fsObject, listen } from "@alist-toolkit/testkit";
import type { CheckId } from "../../src/suite/check-ids.js";

export const FAKE_TOKEN = "fake-token-Secret-6161";

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

const ok = (data: unknown = null) => ({ code: 200, message: "success", data });
const fail = (code: number, message: string) => ({ code, message, data: null });

export async function contractFake(broken?: CheckId) {
  const files = new Map<string, number>();
  const folders = new Set<string>(["/", "/local"]);
  const parentOf = (p: string) => p.slice(0, p.lastIndexOf("/")) || "/";
  const join = (dir: string, name: string) => `${dir === "/" ? "" : dir}/${name}`;
  const exists = (p: string) => files.has(p) || folders.has(p);
  const moveTree = (from: string, to: string, keep: boolean) => {
    for (const [p, size] of [...files]) {
      if (p === from || p.startsWith(`${from}/`)) {
        files.set(to + p.slice(from.length), size);
        if (!keep) files.delete(p);
      }
    }
    for (const p of [...folders]) {
      if (p === from || p.startsWith(`${from}/`)) {
        folders.add(to + p.slice(from.length));
        if (!keep) folders.delete(p);
      }
    }
  };

  function answer(
    route: string,
    body: Record<string, unknown>,
    headers: IncomingMessage["headers"],
    raw: string,
  ): unknown {
    const path = typeof body.path === "string" ? body.path : "";
    const relative = (value: unknown) => typeof value === "string" && value.split("/").includes("..");
    if (Object.values(body).some(relative)) return fail(403, "access using relative path is not allowed");
    for (const value of Object.values(body))
      if (typeof value === "number" && route !== "/api/fs/list" && route !== "/api/fs/search")
        return fail(500, "json: cannot unmarshal number");
    switch (route) {
      case "/api/me":
        return ok({
          id: 1,
          username: "admin",
          password: "",
          base_path: "/",
          role: 2,
          disabled: false,
          permission: 0x30ff,
          sso_id: "",
          otp: false,
        });
      case "/api/fs/get": {
        if (folders.has(path)) return ok(fsObject(path.split("/").pop() ?? "", 0, true));
        const size = files.get(path);
        return size === undefined
          ? fail(500, "object not found")
          : ok(fsObject(path.split("/").pop() ?? "", size, false));
      }
      case "/api/fs/list": {
        if (!folders.has(path || "/")) return fail(500, "object not found");
        const dir = path || "/";
        const content = [
          ...[...folders]
            .filter((p) => p !== "/" && parentOf(p) === dir)
            .map((p) => fsObject(p.split("/").pop() ?? "", 0, true)),
          ...[...files]
            .filter(([p]) => parentOf(p) === dir)
            .map(([p, size]) => fsObject(p.split("/").pop() ?? "", size, false)),
        ];
        return ok(fsListData(content));
      }
      case "/api/fs/mkdir":
        if (broken !== "negative-data-rejection" && !path) return fail(400, "path is required");
        if (!folders.has(parentOf(path))) return fail(500, "object not found");
        folders.add(path);
        return ok();
      case "/api/fs/put":
      case "/api/fs/form": {
        if (!headers["file-path"]) return fail(400, "file path is required");
        const target = decodeURIComponent(String(headers["file-path"]));
        if (target.split("/").includes("..")) return fail(403, "access using relative path is not allowed");
        if (!folders.has(parentOf(target))) return fail(500, "object not found");
        const size = route === "/api/fs/put" ? Buffer.byteLength(raw) : Buffer.byteLength("alist-contract probe\n");
        if (broken !== "resource-availability") files.set(target, size);
        return ok(null);
      }
      case "/api/fs/rename": {
        if (broken === "positive-data-acceptance") return fail(403, "permission denied");
        if (!path || typeof body.name !== "string" || !exists(path)) return fail(500, "object not found");
        moveTree(path, join(parentOf(path), body.name), false);
        return ok();
      }
      case "/api/fs/batch_rename":
      case "/api/fs/regex_rename": {
        const dir = body.src_dir;
        if (typeof dir !== "string" || !folders.has(dir)) return fail(500, "object not found");
        if (route === "/api/fs/batch_rename") {
          if (!Array.isArray(body.rename_objects)) return fail(400, "rename_objects is required");
          for (const { src_name, new_name } of body.rename_objects as Array<{ src_name: string; new_name: string }>) {
            if (exists(join(dir, src_name))) moveTree(join(dir, src_name), join(dir, new_name), false);
          }
          return ok();
        }
        if (typeof body.src_name_regex !== "string" || typeof body.new_name_regex !== "string")
          return fail(400, "regex is required");
        const pattern = new RegExp(body.src_name_regex);
        for (const p of [...files.keys()].filter((f) => parentOf(f) === dir)) {
          const name = p.split("/").pop() ?? "";
          if (pattern.test(name)) moveTree(p, join(dir, name.replace(pattern, body.new_name_regex)), false);
        }
        return ok();
      }
      case "/api/fs/move":
      case "/api/fs/copy": {
        const { src_dir, dst_dir, names } = body as { src_dir?: string; dst_dir?: string; names?: string[] };
        if (typeof src_dir !== "string" || typeof dst_dir !== "string" || !Array.isArray(names))
          return fail(400, "invalid request");
        for (const name of names) {
          if (exists(join(src_dir, name)) && folders.has(dst_dir))
            moveTree(join(src_dir, name), join(dst_dir, name), route.endsWith("copy"));
        }
        return route.endsWith("copy") ? ok({ tasks: [] }) : ok();
      }
      case "/api/fs/recursive_move": {
        const { src_dir, dst_dir } = body as { src_dir?: string; dst_dir?: string };
        if (typeof src_dir !== "string" || typeof dst_dir !== "string") return fail(400, "invalid request");
        for (const p of [...files.keys()].filter((f) => f.startsWith(`${src_dir}/`)))
          moveTree(p, join(dst_dir, p.split("/").pop() ?? ""), false);
        return { code: 200, message: "Successfully moved 1 file(s)", data: null };
      }
      case "/api/fs/remove_empty_directory": {
        const dir = body.src_dir;
        if (typeof dir !== "string" || !folders.has(dir)) return fail(500, "object not found");
        for (const p of [...folders].filter((f) => f.startsWith(`${dir}/`))) {
          if (![...files.keys(), ...folders].some((other) => other.startsWith(`${p}/`))) folders.delete(p);
        }
        return ok();
      }
      case "/api/fs/remove": {
        const { dir, names } = body as { dir?: string; names?: string[] };
        if (typeof dir !== "string" || !Array.isArray(names)) return fail(400, "invalid request");
        if (broken === "use-after-free") return ok();
        for (const name of names) {
          const target = join(dir, name);
          for (const p of [...files.keys()]) if (p === target || p.startsWith(`${target}/`)) files.delete(p);
          for (const p of [...folders]) if (p === target || p.startsWith(`${target}/`)) folders.delete(p);
        }
        return ok();
      }
      default:
        return undefined;
    }
  }

  const server = await listen(async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBody(req);
    const route = (req.url ?? "").split("?")[0] ?? "";
    if (route === "/ping") {
      res.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      return res.end("pong");
    }
    const authorized =
      req.headers.authorization === FAKE_TOKEN || (broken === "ignored-auth" && req.headers.authorization);
    const isPublic = route.startsWith("/api/public/");
    let envelope: unknown;
    if (!isPublic && !authorized) envelope = fail(401, "token is invalidated");
    else {
      let body: Record<string, unknown> = {};
      try {
        body =
          raw && (req.headers["content-type"] ?? "").includes("json")
            ? (JSON.parse(raw) as Record<string, unknown>)
            : {};
      } catch {
        envelope = fail(400, "bad json");
      }
      envelope ??= answer(route, body, req.headers, raw);
    }
    if (envelope === undefined) {
      res.writeHead(200, { "Content-Type": "text/html" });
      return res.end("<!doctype html><html></html>");
    }
    if (route === "/api/fs/get") {
      if (broken === "not-a-server-error") {
        res.writeHead(500);
        return res.end();
      }
      if (broken === "code-conformance") envelope = { code: 418, message: "teapot", data: null };
      const data = (envelope as { data?: Record<string, unknown> }).data;
      if (broken === "response-schema-conformance" && data)
        envelope = { ...(envelope as object), data: { ...data, size: String(data.size) } };
    }
    const type =
      broken === "content-type-conformance" && route === "/api/fs/get"
        ? "text/plain"
        : "application/json; charset=utf-8";
    res.writeHead(200, { "Content-Type": type });
    res.end(JSON.stringify(envelope));
  });
  return { ...server, files, folders };
}
