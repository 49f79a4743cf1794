/**
 * The web entry bundled for the browser (esbuild, `platform: "browser"`, no Node module
 * allowed) in headless Chromium, from a page on another origin than the mock (so CORS is in
 * play): login with the Web Crypto hash, fs/get, fs/list, typed errors, and a 20 MB Blob
 * uploaded with XMLHttpRequest's progress events, stored by the mock and downloaded back.
 */
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "./support/chromium.js";
import { expectSmoke } from "./support/expect-smoke.js";
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
});
