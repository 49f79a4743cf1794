// Opens the built reference in headless Chromium and finds every operation of the spec on it,
// the way a reader would: through the sidebar.
import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, isLocal, launchChromium, newLocalPage } from "./support/chromium.js";
import { clientExports } from "./support/client-exports.js";
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
  // The operation index of the introduction: each entry's text and the address it links to.
  let indexLinks: { text: string; href: string }[] = [];

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
    page = await newLocalPage(context);
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(pageUrl.href);
    // The page is prerendered; links work only once the viewer has taken over the markup.
    await page.waitForFunction(
      () => {
        const root = document.getElementById("redoc");
        return root !== null && Object.keys(root).some((key) => key.startsWith("__reactContainer"));
      },
      undefined,
      { timeout: 60_000 },
    );
    indexLinks = await page
      .locator("#redoc table a")
      .evaluateAll((links) =>
        links.map((link) => ({ text: link.textContent ?? "", href: link.getAttribute("href") ?? "" })),
      );
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
    // The viewer updates the address after the click has run; on a loaded machine, a moment after.
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(`${pageUrl.href}${target}`);
    // The section can be visible a moment before the viewer has filled it in (seen on a loaded machine).
    await expect.poll(() => visibleText(section.locator("h1, h2").first()), { timeout: 10_000 }).toBe(operation.title);
    const endpoint = new RegExp(`(^|\\s)${operation.method} ${escapeRegExp(operation.path)}(\\s|$)`);
    await expect.poll(() => visibleText(section), { timeout: 10_000 }).toMatch(endpoint);
    // The introduction's index links to the same section.
    expect(indexLinks).toContainEqual({ text: operation.title, href: target });
  });

  it("goes from the introduction's index to an operation", async () => {
    const operation = operations.at(-1) as SpecOperation;
    await page.getByRole("link", { name: spec.info.title, exact: true }).first().click();
    const entry = page.locator("#redoc table").getByRole("link", { name: operation.title, exact: true });
    const target = (await entry.getAttribute("href")) ?? "";
    await entry.click();
    // Read from the address once the viewer has moved there, not from the one it is leaving.
    await expect.poll(() => page.url(), { timeout: 10_000 }).toBe(`${pageUrl.href}${target}`);
    const section = page.locator(`[id="${target.slice(2)}"]`);
    await section.waitFor({ state: "visible" });
    await expect.poll(() => visibleText(section.locator("h1, h2").first()), { timeout: 10_000 }).toBe(operation.title);
  });

  it("shows no broken image: the viewer's badge names its maker in text", async () => {
    await page.getByRole("link", { name: spec.info.title, exact: true }).first().click();
    const broken = await page
      .locator("img")
      .evaluateAll((images) =>
        (images as HTMLImageElement[])
          .filter((image) => image.checkVisibility() && (!image.complete || image.naturalWidth === 0))
          .map((image) => image.src),
      );
    expect(broken).toEqual([]);
    const badge = page.locator('a[href="https://redocly.com/redoc/"] p');
    expect(await badge.evaluate((p) => [p.textContent, getComputedStyle(p, "::after").content])).toEqual([
      "API docs by",
      '" Redocly"',
    ]);
  });

  it("ran without script errors", () => {
    expect(pageErrors).toEqual([]);
  });

  it("sends nothing to any other host", () => {
    expect(outsideAttempts.filter((url) => !stoppedByPagePolicy.includes(url))).toEqual([]);
  });
});

describe.skipIf(noBrowser)("the built API reference at load, before any script has run", () => {
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    // Scripts off: what shows now is what a reader sees at load, however slow the viewer is.
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
    await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    page = await newLocalPage(context);
    await page.goto(pageUrl.href);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the introduction", async () => {
    await expect
      .poll(() =>
        page
          .getByRole("heading", { name: new RegExp(escapeRegExp(spec.info.title)) })
          .first()
          .isVisible(),
      )
      .toBe(true);
  });

  it.each(operations)("lists $method $path ($title) in the index", async (operation: SpecOperation) => {
    const row = page.locator("#redoc table tr").filter({ hasText: `${operation.method} ${operation.path}` });
    const entry = row.getByRole("link", { name: operation.title, exact: true });
    expect(await entry.isVisible()).toBe(true);
    expect(await entry.getAttribute("href")).toMatch(/^#\//);
  });
});

const clientPageUrl = new URL("../dist/client/index.html", import.meta.url);
const exported = clientExports();

describe.skipIf(noBrowser)("the built TypeScript client reference", () => {
  let browser: Browser | undefined;
  let page: Page;
  const outsideAttempts: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    const path = fileURLToPath(clientPageUrl);
    if (!existsSync(path)) throw new Error(`${path} is missing: run \`pnpm run docs\` first`);
    browser = await launchChromium();
    const context = await browser.newContext();
    context.on("request", (request) => {
      if (!isLocal(request.url())) outsideAttempts.push(request.url());
    });
    await context.route("**/*", (route) => (isLocal(route.request().url()) ? route.continue() : route.abort()));
    page = await newLocalPage(context);
    page.on("pageerror", (error) => pageErrors.push(error.message));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("has the client's exports to look for, createAlistClient and AlistError among them", () => {
    expect(exported.map((entry) => entry.name)).toEqual(expect.arrayContaining(["createAlistClient", "AlistError"]));
  });

  it("lists every export of the client's entry on its index page", async () => {
    await page.goto(clientPageUrl.href);
    expect(await page.title()).toContain("@alist-toolkit/client");
    const content = page.locator(".col-content");
    for (const entry of exported) {
      const link = content.getByRole("link", { name: entry.name, exact: true });
      expect(await link.getAttribute("href"), entry.name).toBe(`${entry.kind}/${entry.name}.html`);
    }
  });

  // What the code says of each function and class, shown on its page.
  it.each(exported.filter((entry) => entry.kind === "functions" || entry.kind === "classes"))(
    "documents $name from its doc comment",
    async (entry) => {
      await page.goto(new URL(`${entry.kind}/${entry.name}.html`, clientPageUrl).href);
      expect(await visibleText(page.locator("h1").first())).toContain(entry.name);
      const firstSentence = entry.doc.split(/(?<=\.)\s/)[0]?.replace(/`/g, "") ?? "";
      expect(firstSentence, `${entry.name} has no doc comment`).not.toBe("");
      expect(await visibleText(page.locator(".col-content"))).toContain(firstSentence.replace(/\s+/g, " "));
    },
  );

  it("documents AlistError's code and the options of createAlistClient", async () => {
    await page.goto(new URL("classes/AlistError.html", clientPageUrl).href);
    expect(await visibleText(page.locator(".col-content"))).toMatch(
      /code: number.*The application status from the body/,
    );
    await page.goto(new URL("interfaces/AlistClientOptions.html", clientPageUrl).href);
    const options = await visibleText(page.locator(".col-content"));
    for (const option of ["baseUrl", "token", "timeoutMs", "retry", "relogin"]) expect(options).toContain(option);
  });

  it("ran without script errors and sent nothing to any other host", () => {
    expect(pageErrors).toEqual([]);
    expect(outsideAttempts).toEqual([]);
  });
});
