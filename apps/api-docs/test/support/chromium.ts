// The browser comes from the testkit; what counts as local is this test's own rule.
import type { BrowserContext, Page } from "playwright-core";

export { CHROMIUM_PATH, launchChromium } from "@alist-toolkit/testkit/chromium";

/**
 * A page whose element lookups fail in seconds (everything is local, so a missing element is a
 * finding, not a slow network), while loading a page may take as long as a loaded machine needs:
 * the reference is a 2.7 MB file, and under a full parallel test run one load took over 5 s.
 */
export async function newLocalPage(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(5_000);
  page.setDefaultNavigationTimeout(60_000);
  return page;
}

/** Only the page's own file and what it makes in memory count as local. */
export function isLocal(url: string): boolean {
  return /^(file|data|blob):/.test(url);
}
