/**
 * The web entry bundled for the browser (esbuild, `platform: "browser"`, no Node module
 * allowed) in headless Chromium, from a page on another origin than the mock (so CORS is in
 * play): login with the Web Crypto hash, fs/get, fs/list, typed errors, and a 20 MB Blob
 * uploaded with XMLHttpRequest's progress events, stored by the mock and downloaded back.
 */
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { launchChromium } from "@alist-toolkit/testkit/chromium";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectSmoke } from "./support/expect-smoke.js";
import { startHeaderSink } from "./support/header-sink.js";
import { type PageServer, servePage } from "./support/page-server.js";
import type { SmokeResult } from "./support/smoke-calls.js";
import { bundleForBrowser } from "./support/web-bundle.js";

const UPLOAD_BYTES = 20 * 1024 * 1024;

let mock: RunningStatefulMock;
let page: PageServer;
let browser: Browser;

beforeAll(async () => {
  mock = await startMock();
  page = await servePage(await bundleForBrowser("./smoke-calls.ts", "webSmoke"));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await page?.stop();
  await mock?.stop();
});

describe("the web entry in Chromium", () => {
  it("bundles for the browser with no Node module in its graph", async () => {
    await expect(bundleForBrowser("../../../src/index.ts")).rejects.toThrow(/Node module "node:/);
    expect(await bundleForBrowser("../../../src/web.ts")).toContain("createAlistClient");
  });

  it("logs in with the Web Crypto hash, reads, lists, types both errors, and uploads 20 MB with progress", async () => {
    const tab = await browser.newPage();
    const problems: string[] = [];
    tab.on("pageerror", (error) => problems.push(error.message));
    await tab.goto(page.url);
    const result = (await tab.evaluate(
      ({ url, bytes }) =>
        (globalThis as unknown as { webSmoke: { runSmoke(u: string, o: object): Promise<unknown> } }).webSmoke.runSmoke(
          url,
          { uploadBytes: bytes },
        ),
      { url: mock.url, bytes: UPLOAD_BYTES },
    )) as SmokeResult;
    expectSmoke(result, UPLOAD_BYTES);
    expect(result.upload?.events).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await tab.close();
  });

  it("sends a File with fs/put's headers: the browser's exact Content-Length, the encoded path, the options, the File's mtime", async () => {
    const sink = await startHeaderSink();
    const tab = await browser.newPage();
    try {
      await tab.goto(page.url);
      await tab.evaluate(async (url) => {
        const { createAlistClient } = (globalThis as unknown as { webSmoke: typeof import("./support/smoke-calls.js") })
          .webSmoke;
        const alist = createAlistClient({ baseUrl: url, token: "the-token" });
        const file = new File(["hello"], "ignored.txt", { lastModified: 1_700_000_000_123 });
        await alist.upload(file, "/local/dir with space/naïve #1.txt", {
          asTask: true,
          overwrite: false,
          password: "pässword",
          hashes: { md5: "5d41402abc4b2a76b9719d911017c592" },
          contentType: "text/plain",
        });
      }, sink.url);
      expect(sink.puts).toHaveLength(1);
      const [put] = sink.puts;
      expect(put?.bytes).toBe(5);
      expect(put?.headers).toMatchObject({
        authorization: "the-token",
        "content-length": "5",
        "content-type": "text/plain",
        "file-path": encodeURIComponent("/local/dir with space/naïve #1.txt"),
        "as-task": "true",
        overwrite: "false",
        "last-modified": "1700000000123",
        "x-file-md5": "5d41402abc4b2a76b9719d911017c592",
      });
      // UTF-8 bytes, read back by node:http as Latin-1 (as servers read them as UTF-8).
      expect(Buffer.from(String(put?.headers.password), "latin1").toString("utf8")).toBe("pässword");
    } finally {
      await tab.close();
      await sink.stop();
    }
  });

  it("stops an upload when its signal aborts, with the signal's reason", async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(page.url);
      const outcome = await tab.evaluate(async (url) => {
        const { createAlistClient } = (globalThis as unknown as { webSmoke: typeof import("./support/smoke-calls.js") })
          .webSmoke;
        const alist = createAlistClient({ baseUrl: url });
        await alist.login({ username: "admin", password: "admin" });
        const controller = new AbortController();
        const reason = new Error("user cancelled");
        try {
          await alist.upload(new Blob([new Uint8Array(64 * 1024 * 1024)]), "/local/aborted.bin", {
            signal: controller.signal,
            onProgress: () => controller.abort(reason),
          });
          return "uploaded";
        } catch (error) {
          return error === reason ? "aborted with the reason" : String(error);
        }
      }, mock.url);
      expect(outcome).toBe("aborted with the reason");
    } finally {
      await tab.close();
    }
  });

  it("runs the same calls in a Web Worker", async () => {
    const tab = await browser.newPage();
    try {
      await tab.goto(page.url);
      const result = (await tab.evaluate(
        ({ url, script }) =>
          new Promise((resolve, reject) => {
            const source = `importScripts(${JSON.stringify(script)});
              webSmoke.runSmoke(${JSON.stringify(url)}, { uploadBytes: 1024 * 1024 }).then(postMessage, (e) => postMessage(String(e)));`;
            const worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
            worker.onmessage = (event) => resolve(event.data);
            worker.onerror = (event) => reject(new Error(event.message));
          }),
        { url: mock.url, script: new URL("/smoke.js", page.url).href },
      )) as SmokeResult;
      expectSmoke(result, 1024 * 1024);
    } finally {
      await tab.close();
    }
  });
});
