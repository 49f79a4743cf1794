/**
 * One AbortSignal shared by many concurrent calls (a CLI's Ctrl-C, `put -r --jobs 64`) adds
 * no listener per request: Node prints no MaxListenersExceededWarning, and the signal still
 * aborts every call.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { byteSink, type HostileServer, hostileServer, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAlistClient } from "../../src/index.js";

const warnings: Error[] = [];
const onWarning = (warning: Error) => warnings.push(warning);
let server: HostileServer;
let dir: string;

beforeAll(async () => {
  process.on("warning", onWarning);
  server = await hostileServer("honest");
  dir = await mkdtemp(join(tmpdir(), "alist-signal-"));
});
afterAll(async () => {
  process.off("warning", onWarning);
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Lets pending warnings (emitted on a later tick) arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));
const leakWarnings = () => warnings.filter((warning) => warning.name === "MaxListenersExceededWarning");

describe("a shared signal", () => {
  it("40 concurrent JSON calls on one signal: no warning", async () => {
    const client = createAlistClient({ baseUrl: server.url, token: "tok" });
    const { signal } = new AbortController();
    await Promise.all(Array.from({ length: 40 }, (_, i) => client.fsGet({ path: `/f${i}.bin` }, { signal })));
    await settle();
    expect(leakWarnings()).toEqual([]);
  });

  it("20 concurrent uploads and downloads on one signal: no warning", async () => {
    const sink = await byteSink();
    const path = join(dir, "small.txt");
    await writeFile(path, "hello");
    const uploader = createAlistClient({ baseUrl: sink.url, token: "tok" });
    const downloader = createAlistClient({ baseUrl: server.url, token: "tok" });
    const { signal } = new AbortController();
    await Promise.all([
      ...Array.from({ length: 20 }, (_, i) => uploader.upload(path, `/up/${i}.txt`, { signal })),
      ...Array.from({ length: 20 }, (_, i) => downloader.download(`/d${i}.bin`, join(dir, `d${i}.bin`), { signal })),
    ]);
    await sink.close();
    await settle();
    expect(leakWarnings()).toEqual([]);
  });

  it("aborting the shared signal still stops every call in flight", async () => {
    const silent = await listen((req) => req.resume());
    const client = createAlistClient({ baseUrl: silent.url, token: "tok", timeoutMs: 0 });
    const controller = new AbortController();
    const reason = new Error("stop all");
    const calls = Array.from({ length: 15 }, (_, i) => client.fsList({ path: `/${i}` }, { signal: controller.signal }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    controller.abort(reason);
    const results = await Promise.allSettled(calls);
    expect(results.every((result) => result.status === "rejected" && result.reason === reason)).toBe(true);
    await silent.close();
    await settle();
    expect(leakWarnings()).toEqual([]);
  });
});
