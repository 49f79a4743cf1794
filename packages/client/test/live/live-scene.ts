/**
 * The scene of a live server: a fresh `.alist-live-<hex>` folder under ALIST_DIR that holds
 * every object the suite makes, and is removed at the end.
 */
import { randomBytes } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { AlistClient } from "../../src/index.js";
import type { Scene } from "../contract/operation-table.js";

export interface LiveTarget {
  url: string;
  dir: string;
  credentials: { username: string; password: string };
  otherStorage: string;
}

/** Reads the target from the environment; says what is missing instead of failing later. */
export function liveTarget(env = process.env): LiveTarget {
  const url = env.ALIST_TARGET;
  const username = env.ALIST_USERNAME;
  const password = env.ALIST_PASSWORD;
  if (!url || !username || !password) {
    throw new Error("the live contract suite needs ALIST_TARGET, ALIST_USERNAME and ALIST_PASSWORD");
  }
  const dir = (env.ALIST_DIR ?? "/local").replace(/\/+$/, "");
  return { url, dir, credentials: { username, password }, otherStorage: env.ALIST_OTHER_STORAGE ?? dir };
}

async function put(client: AlistClient, path: string, text: string, asTask = false) {
  return client.upload(Readable.from([Buffer.from(text)]), path, { size: Buffer.byteLength(text), asTask });
}

export interface LiveScene extends Scene {
  close(): Promise<void>;
}

export async function openLiveScene(client: AlistClient, target: LiveTarget): Promise<LiveScene> {
  const dir = `${target.dir}/.alist-live-${randomBytes(6).toString("hex")}`;
  await client.fsMkdir({ path: dir });
  const file = `${dir}/hello.txt`;
  await put(client, file, "hello, alist\n");
  let counter = 0;
  const next = (stem: string) => `${stem}-${++counter}`;
  // What the offline-download tool fetches: a few bytes from this process, on 127.0.0.1.
  const offline: Server = createServer((_req, res) => res.end("offline bytes\n"));
  await new Promise<void>((done) => offline.listen(0, "127.0.0.1", done));
  const offlineUrl = `http://127.0.0.1:${(offline.address() as AddressInfo).port}/offline.txt`;

  return {
    dir,
    file,
    otherStorage: target.otherStorage,
    offlineUrl,
    credentials: target.credentials,
    newName: () => next("name"),
    async freshFile() {
      const path = `${dir}/${next("file")}.txt`;
      await put(client, path, "fresh\n");
      return path;
    },
    async freshDir(names = []) {
      const path = `${dir}/${next("folder")}`;
      await client.fsMkdir({ path });
      for (const name of names) await put(client, `${path}/${name}`, "");
      return path;
    },
    async taskId() {
      const result = await put(client, `${dir}/${next("task")}.txt`, "task\n", true);
      if (!result.task) throw new Error("an As-Task upload came back without a task");
      return { type: "upload", id: result.task.id };
    },
    async close() {
      offline.close();
      await client.fsRemove({ dir: target.dir, names: [dir.slice(target.dir.length + 1)] });
    },
  };
}
