/**
 * The published OpenList web UI (its dist/, as on npm) served on 127.0.0.1 with the API address
 * set in index.html's `api: undefined`, and Debian's headless chromium to open it. Requests to
 * any other host (the UI's icons and fonts on a CDN) are refused, so nothing leaves the machine.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { dirname, extname, join, normalize } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";

export { launchChromium } from "@alist-toolkit/testkit/chromium";

const require = createRequire(import.meta.url);
export const WEB_UI_DIST = join(dirname(require.resolve("@openlist-frontend/openlist-frontend/package.json")), "dist");

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
};

export interface WebUi {
  url: string;
  close(): Promise<void>;
}

/** Serves the UI; every path that is not one of its files gets index.html (it routes in the page). */
export async function serveWebUi(apiUrl: string): Promise<WebUi> {
  const index = readFileSync(join(WEB_UI_DIST, "index.html"), "utf8").replace(
    "api: undefined",
    `api: ${JSON.stringify(apiUrl)}`,
  );
  if (!index.includes(JSON.stringify(apiUrl))) throw new Error("index.html has no `api: undefined` to set");
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://ui").pathname));
    const file = join(WEB_UI_DIST, path);
    if (file.startsWith(WEB_UI_DIST) && path !== "/" && existsSync(file) && extname(file)) {
      response.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      return void response.end(readFileSync(file));
    }
    response.writeHead(200, { "Content-Type": TYPES[".html"] });
    response.end(index);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A browser context that only reaches 127.0.0.1. */
export async function localContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  return context;
}
