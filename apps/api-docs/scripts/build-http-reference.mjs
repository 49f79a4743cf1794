// Builds dist/index.html, the HTTP reference: the spec, bundled, with an index of every
// operation added to its introduction. The viewer renders one section at a time and only
// the introduction is in the page's HTML, so the index is what a reader sees of the
// operations before the viewer's scripts have run (and a way to each one after).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
const specPath = fileURLToPath(new URL("../../../spec/openapi.yaml", import.meta.url));
const redocly = join(packageDir, "node_modules/.bin/redocly");
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

const run = (args) =>
  execFileSync(redocly, args, {
    cwd: packageDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...process.env, REDOCLY_TELEMETRY: "off" },
  });

/** The viewer's address of an operation's section: `#/<tag>/<operationId>`, lower case. */
export const sectionHref = (tag, operationId) => `#/${tag}/${operationId}`.toLowerCase();

const escapeCell = (text) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ");

function operationIndex(spec) {
  const rows = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const title = operation.summary ?? operation.operationId ?? `${method.toUpperCase()} ${path}`;
      const tag = operation.tags?.[0];
      const name =
        tag && operation.operationId
          ? `[${escapeCell(title)}](${sectionHref(tag, operation.operationId)})`
          : escapeCell(title);
      rows.push(`| ${tag ?? ""} | ${name} | \`${method.toUpperCase()} ${path}\` |`);
    }
  }
  return ["## Operations", "", "| Area | Operation | Endpoint |", "| --- | --- | --- |", ...rows].join("\n");
}

const spec = JSON.parse(run(["bundle", specPath, "--ext", "json"]));
spec.info.description = `${spec.info.description ?? ""}\n\n${operationIndex(spec)}\n`;
const work = mkdtempSync(join(tmpdir(), "alist-api-docs-"));
try {
  const input = join(work, "openapi.json");
  writeFileSync(input, JSON.stringify(spec));
  run(["build-docs", input, "--inlineBundle", "--template", "page.hbs", "-o", "dist/index.html"]);
} finally {
  rmSync(work, { recursive: true, force: true });
}
