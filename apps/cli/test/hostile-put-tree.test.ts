/**
 * `put -r` with many jobs against a server that pads its answers without end: the folder
 * listings and the answers to fs/put may not add up in memory (each listing may be as big as the
 * client's 16 MiB JSON cap, so at most two go at once; fs/put's answer is capped at 64 KiB).
 * The CLI's peak RSS (VmHWM from /proc) stays under 150 MB, and every failed file's line says
 * which file it was.
 */
import { mkdir, writeFile } from "node:fs/promises";
import type { ServerResponse } from "node:http";
import { join } from "node:path";
import { fsObject, type Listening, listen, watchPeakRss } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, type Sandbox, startCli } from "./support/cli.js";

const LIMIT = 150 * 1024 * 1024;
const FOLDERS = 16;
const FILLER = Buffer.alloc(64 * 1024, 0x20);

let sandbox: Sandbox;
let tree: string;

beforeAll(async () => {
  sandbox = await makeSandbox();
  tree = join(sandbox.dir, "tree");
  for (let i = 0; i < FOLDERS; i++) {
    await mkdir(join(tree, `d${i}`), { recursive: true });
    await writeFile(join(tree, `d${i}`, "f.txt"), "hello");
  }
});
afterAll(() => sandbox.remove());

/**
 * An HTTP 200 JSON answer of spaces that ends only when the client hangs up. Paced (256 KiB
 * every 10 ms at most), so answers sent at once grow together, as over a real link: unpaced,
 * one of them can reach the cap while the others hold little, and hide that they add up.
 */
function endless(res: ServerResponse): void {
  res.writeHead(200, { "Content-Type": "application/json" });
  const timer = setInterval(() => {
    if (res.destroyed) return clearInterval(timer);
    if (res.writableLength > 1024 * 1024) return;
    for (let i = 0; i < 4; i++) res.write(FILLER);
  }, 10);
  res.once("close", () => clearInterval(timer));
}

/**
 * `/dst` lists the tree's folders (so each is listed in turn) or nothing (so each is created);
 * `padded` says which answers never end.
 */
function paddingServer(padded: "folder-listings" | "uploads"): Promise<Listening> {
  return listen((req, res) => {
    let body = "";
    req.on("data", (chunk) => {
      if (body.length < 4096) body += chunk;
    });
    req.on("end", () => {
      const route = req.url ?? "";
      const send = (data: unknown) => {
        res.setHeader("Content-Type", "application/json");
        res.end(JSON.stringify({ code: 200, message: "success", data }));
      };
      if (route === "/api/fs/list") {
        const path = (JSON.parse(body || "{}") as { path?: string }).path;
        if (path === "/dst") {
          const content =
            padded === "folder-listings" ? Array.from({ length: FOLDERS }, (_, i) => fsObject(`d${i}`, 0, true)) : [];
          return send({ content, total: content.length, readme: "", header: "", write: true, provider: "Local" });
        }
        return padded === "folder-listings" ? endless(res) : send({ content: [], total: 0 });
      }
      if (route === "/api/fs/put" && padded === "uploads") return endless(res);
      send(null);
    });
  });
}

async function putTree(server: Listening): Promise<CliResult & { peak: number }> {
  const args = ["--server", server.url, "--token", "t", "put", "-r", "--jobs", String(FOLDERS), tree, "/dst"];
  const { child, done } = startCli(sandbox, args);
  const watch = watchPeakRss(child.pid ?? 0, { killAboveBytes: 600 * 1024 * 1024 });
  const result = await done;
  return { ...result, peak: watch.stop() };
}

describe(`put -r --jobs ${FOLDERS} against padded answers`, () => {
  it("padded folder listings: exit 1, one line, peak RSS under 150 MB", async () => {
    const server = await paddingServer("folder-listings");
    try {
      const result = await putTree(server);
      console.info(`put -r, padded folder listings: peak RSS ${(result.peak / 1024 / 1024).toFixed(1)} MiB`);
      expect(result.signal).toBeNull();
      expect(result.code, result.stderr).toBe(1);
      expect(result.stderr).toBe(
        `alist: ${server.url} did not answer as the AList API does: the answer's body is larger than 16 MiB; stopped reading it (HTTP 200)\n`,
      );
      expect(result.peak).toBeGreaterThan(0);
      expect(result.peak).toBeLessThan(LIMIT);
    } finally {
      await server.close();
    }
  });

  it("padded answers to every upload: exit 4, one line per file naming it, peak RSS under 150 MB", async () => {
    const server = await paddingServer("uploads");
    try {
      const result = await putTree(server);
      console.info(`put -r, padded fs/put answers: peak RSS ${(result.peak / 1024 / 1024).toFixed(1)} MiB`);
      expect(result.signal).toBeNull();
      expect(result.code, result.stderr).toBe(4);
      const lines = result.stderr.trimEnd().split("\n");
      const files = Array.from({ length: FOLDERS }, (_, i) => join(tree, `d${i}`, "f.txt"));
      const perFile = files.map(
        (file) =>
          `alist: put ${file}: ${server.url} did not answer as the AList API does: the answer's body is larger than 64 KiB; stopped reading it (HTTP 200)`,
      );
      expect(lines.slice(0, -1).sort()).toEqual(perFile.sort());
      expect(lines.at(-1)).toMatch(new RegExp(`^alist: put ${tree}: ${FOLDERS} of ${FOLDERS} files failed$`));
      expect(result.stdout).toMatch(new RegExp(`^uploaded 0, skipped 0, failed ${FOLDERS}, `));
      expect(result.peak).toBeGreaterThan(0);
      expect(result.peak).toBeLessThan(LIMIT);
    } finally {
      await server.close();
    }
  });
});
