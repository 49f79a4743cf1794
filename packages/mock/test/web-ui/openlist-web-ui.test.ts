/**
 * The published OpenList web UI against the stateful mock, in Debian's headless chromium, with a
 * token in localStorage: the root lists every storage; a folder click lists the folder; a file
 * opens its page; creating a folder, uploading a file, renaming and deleting through the UI all
 * show in the next listing (and in the mock, read back through the API). A screenshot of each
 * step goes to packages/mock/test-results/web-ui/ (kept, so a failing run can be inspected).
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningStatefulMock, startMock } from "../../src/index.js";
import { launchChromium, localContext, serveWebUi, type WebUi } from "./support.js";

const SHOTS = fileURLToPath(new URL("../../test-results/web-ui/", import.meta.url));
mkdirSync(SHOTS, { recursive: true });

let mock: RunningStatefulMock;
let ui: WebUi;
let browser: Browser;
let page: Page;
let token: string;
/** Every /api answer the page got that was not code 200, as "path: code message". */
const refused: string[] = [];

beforeAll(async () => {
  mock = await startMock();
  ui = await serveWebUi(mock.url);
  browser = await launchChromium();
  const login = await fetch(`${mock.url}/api/auth/login`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ username: "admin", password: "admin" }),
  });
  token = ((await login.json()) as { data: { token: string } }).data.token;
  const context = await localContext(browser);
  page = await context.newPage();
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (!response.url().startsWith(mock.url) || !url.pathname.startsWith("/api/")) return;
    if (response.request().method() === "OPTIONS") return;
    const text = await response.text().catch(() => undefined);
    // undefined: the page navigated away before the body was read.
    if (text === undefined) return;
    const body = JSON.parse(text) as { code?: number; message?: string };
    if (body.code !== 200)
      refused.push(
        `${url.pathname}: ${body.code ?? `HTTP ${response.status()} ${text.slice(0, 300)}`} ${body.message ?? ""}`,
      );
  });
  await page.goto(`${ui.url}/`);
  await page.evaluate((value) => localStorage.setItem("token", value), token);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await ui?.close();
  expect(mock.violations).toEqual([]);
  await mock?.stop();
});

async function shot(name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** The names in the listing the page shows (folders first, as the UI sorts them). */
async function listed(): Promise<string[]> {
  await page.waitForTimeout(300);
  return (await page.locator(".list-item .name, .list-item p.name").allInnerTexts()).map((name) => name.trim());
}

/** The tool bar opens from the round "more" button in the bottom right corner. */
async function openToolbar() {
  if (await page.locator('[tips="mkdir"]').isVisible()) return;
  await page.mouse.click(1243, 863);
  await page.locator('[tips="mkdir"]').waitFor({ state: "visible", timeout: 20_000 });
}

async function row(name: string) {
  return page.locator(".list-item").filter({ has: page.getByText(name, { exact: true }) });
}

/**
 * Opens a row's context menu and picks `item`. Right-clicks again until the menu shows: on a
 * loaded machine the listing may re-render between finding the row and the click.
 */
async function fromContextMenu(name: string, item: string) {
  const entry = page.getByText(item, { exact: true });
  await expect
    .poll(
      async () => {
        await (await row(name)).click({ button: "right" });
        return entry.isVisible();
      },
      { timeout: 30_000, interval: 1000 },
    )
    .toBe(true);
  await entry.click();
}

async function api(path: string, body: unknown) {
  const res = await fetch(`${mock.url}${path}`, {
    method: "POST",
    headers: { Authorization: token, "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { code: number; data: { content: { name: string }[] | null } };
}

describe("the OpenList web UI against the stateful mock", () => {
  it("the root listing shows every storage", async () => {
    await page.goto(`${ui.url}/`);
    await expect.poll(listed, { timeout: 20_000 }).toEqual(["115", "local"]);
    await shot("1-root");
  });

  it("clicking a folder lists it, with its readme", async () => {
    await page.getByText("local", { exact: true }).click();
    await expect.poll(listed, { timeout: 20_000 }).toEqual(["Backups", "Documents", "Movies", "Music", "Pictures"]);
    await page.getByText("Media library", { exact: true }).waitFor({ timeout: 20_000 });
    expect(new URL(page.url()).pathname).toBe("/local");
    await page.getByText("Documents", { exact: true }).click();
    await expect.poll(listed, { timeout: 20_000 }).toEqual(["config.json", "notes.txt"]);
    await shot("2-folder");
  });

  it("a file opens its page, showing its content", async () => {
    await page.getByText("notes.txt", { exact: true }).click();
    await page.waitForURL(/\/local\/Documents\/notes\.txt$/, { timeout: 20_000 });
    await page.getByText("Call the plumber.").first().waitFor({ timeout: 20_000 });
    await shot("3-file");
    await page.goBack();
    await expect.poll(listed, { timeout: 20_000 }).toEqual(["config.json", "notes.txt"]);
  });

  it("a folder made through the UI shows in the next listing", async () => {
    await openToolbar();
    await page.locator('[tips="mkdir"]').click();
    await page.locator("[role=dialog] input[type=text]").fill("Made in the UI");
    await page.locator("[role=dialog] button", { hasText: "OK" }).click();
    await expect.poll(listed, { timeout: 20_000 }).toEqual(["Made in the UI", "config.json", "notes.txt"]);
    expect((await api("/api/fs/get", { path: "/local/Documents/Made in the UI" })).code).toBe(200);
    await shot("4-mkdir");
  });

  it("a file uploaded through the UI shows in the next listing with its bytes", async () => {
    await openToolbar();
    await page.locator('[tips="upload"]').click();
    // "Choose Files" opens this input (the other one takes a folder).
    await page
      .locator("input[type=file]:not([webkitdirectory])")
      .setInputFiles({ name: "hello.txt", mimeType: "text/plain", buffer: Buffer.from("hi from the UI\n") });
    await page
      .getByText(/success/i)
      .first()
      .waitFor({ timeout: 30_000 });
    await shot("5-upload-dialog");
    await page.locator("[role=dialog] button[aria-label]").first().click();
    await page.locator("[role=dialog]").waitFor({ state: "detached", timeout: 20_000 });
    await expect.poll(listed, { timeout: 20_000 }).toContain("hello.txt");
    const file = (await api("/api/fs/get", { path: "/local/Documents/hello.txt" })) as unknown as {
      data: { raw_url: string };
    };
    expect(await (await fetch(file.data.raw_url)).text()).toBe("hi from the UI\n");
    await shot("5-upload");
  });

  it("a rename through the UI shows in the next listing", async () => {
    await fromContextMenu("hello.txt", "Rename");
    const input = page.locator("[role=dialog] input[type=text]");
    // The dialog selects the name without its extension 10 ms after it opens. A fill that starts
    // before then has that selection land between its select-all and its typing: "renamed.txt.txt".
    await expect
      .poll(() => input.evaluate((field: HTMLInputElement) => [field.selectionStart, field.selectionEnd]), {
        timeout: 20_000,
      })
      .toEqual([0, "hello".length]);
    await input.fill("renamed.txt");
    expect(await input.inputValue()).toBe("renamed.txt");
    await page.locator("[role=dialog] button", { hasText: "OK" }).click();
    await expect
      .poll(listed, { timeout: 20_000 })
      .toEqual(["Made in the UI", "config.json", "notes.txt", "renamed.txt"]);
    expect((await api("/api/fs/get", { path: "/local/Documents/renamed.txt" })).code).toBe(200);
    expect((await api("/api/fs/get", { path: "/local/Documents/hello.txt" })).code).toBe(500);
    await shot("6-rename");
  });

  it("a delete through the UI shows in the next listing", async () => {
    await fromContextMenu("renamed.txt", "Delete");
    await page.locator("[role=dialog] button", { hasText: "Confirm" }).click();
    await expect.poll(listed, { timeout: 20_000 }).toEqual(["Made in the UI", "config.json", "notes.txt"]);
    const names = (await api("/api/fs/list", { path: "/local/Documents" })).data.content?.map((entry) => entry.name);
    expect(names?.sort()).toEqual(["Made in the UI", "config.json", "notes.txt"]);
    await shot("7-delete");
  });

  it("the UI got no refusal from the mock on the way", () => {
    expect(refused).toEqual([]);
  });
});
