// The browser comes from the testkit; what counts as local is this test's own rule.
export { CHROMIUM_PATH, launchChromium } from "@alist-toolkit/testkit/chromium";

/** Only the page's own file and what it makes in memory count as local. */
export function isLocal(url: string): boolean {
  return /^(file|data|blob):/.test(url);
}
