// Opens the built reference in headless Chromium and finds every operation of the spec on it,
// the way a reader would: through the sidebar.
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, isLocal, launchChromium } from "./support/chromium.js";
import { bundleSpec, operationsOf, type SpecOperation } from "./support/spec.js";

const pageUrl = new URL("../dist/index.html", import.meta.url);
const pagePath = fileURLToPath(pageUrl);
const spec = bundleSpec();
const operations = operationsOf(spec);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// What a reader sees (layout-aware, hidden text left out), whitespace squeezed.
const visibleText = async (locator: Locator) =>
  // biome-ignore lint/performance/useDomNodeTextContent: a Playwright locator; the rendered text is the point
  (await locator.innerText()).replace(/\s+/g, " ").trim();

// CI installs chromium and must run this; a developer's fresh machine may not have it yet, and
// the README's test command has to pass there too, so it is skipped there with a notice.
const noBrowser = !existsSync(CHROMIUM_PATH) && process.env.CI !== "true";
if (noBrowser)
  console.warn(`api-docs: skipping the browser test: ${CHROMIUM_PATH} is missing (apt-get install chromium)`);

describe.skipIf(noBrowser)("the built API reference", () => {
  let browser: Browser | undefined;
  let page: Page;
  // Outside loads the page tried, and those its own content policy stopped inside the browser.
  const outsideAttempts: string[] = [];
  const stoppedByPagePolicy: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(pagePath)) throw new Error(`${pagePath} is missing: run \`pnpm docs\` first`);
    browser = await launchChromium();
    const context = await browser.newContext();
    context.on("request", (request) => {
      if (!isLocal(request.url())) outsideAttempts.push(request.url());
    });
    context.on("requestfailed", (request) => {
      if (!isLocal(request.url()) && request.failure()?.errorText === "csp") stoppedByPagePolicy.push(request.url());
    });
    // Safety net: whatever gets past the page's policy is stopped here and counts as a leak.
    await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    page = await context.newPage();
    // Everything is local: a missing element should fail in seconds, not at the test timeout.
    page.setDefaultTimeout(5_000);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(pageUrl.href);
    // The page is prerendered; links work only once the viewer has taken over the markup.
    await page.waitForFunction(() => {
      const root = document.getElementById("redoc");
      return root !== null && Object.keys(root).some((key) => key.startsWith("__reactContainer"));
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("was built into dist/index.html", () => {
    expect(statSync(pagePath).size).toBeGreaterThan(0);
  });

  it("is titled after the spec", async () => {
    expect(await page.title()).toBe(spec.info.title);
  });

  it("has operations to look for", () => {
    expect(operations.length).toBeGreaterThan(0);
  });

  it.each(operations)("shows $method $path ($title)", async (operation: SpecOperation) => {
    const menu = page.locator('[data-component-name="Menu/Menu"]').first();
    const link = menu.getByRole("link", {
      name: new RegExp(`^${escapeRegExp(operation.title)}\\s+${operation.method}$`, "i"),
    });
    const tag = operation.tags[0];
    if (tag !== undefined && !(await link.isVisible())) {
      await menu.getByRole("link", { name: tag, exact: true }).click();
    }
    await expect
      .poll(() => link.count(), { message: `no sidebar entry "${operation.title}" with ${operation.method}` })
      .toBe(1);
    await link.click();

    // The sidebar link points at the operation's section (hash routing: "#/<section id>").
    const target = (await link.getAttribute("href")) ?? "";
    expect(target).toMatch(/^#\//);
    const section = page.locator(`[id="${target.slice(2)}"]`);
    await section.waitFor({ state: "visible" });
    expect(page.url()).toBe(`${pageUrl.href}${target}`);
    expect(await visibleText(section.locator("h1, h2").first())).toBe(operation.title);
    const endpoint = new RegExp(`(^|\\s)${operation.method} ${escapeRegExp(operation.path)}(\\s|$)`);
    expect(await visibleText(section)).toMatch(endpoint);
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });

  it("sends nothing to any other host", () => {
    expect(outsideAttempts.filter((url) => !stoppedByPagePolicy.includes(url))).toEqual([]);
  });
});
