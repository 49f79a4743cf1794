/** The process tests run the built CLI: build it first when it is missing or older than src/. */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(dir, entry.name)) : statSync(join(dir, entry.name)).mtimeMs,
    ),
  );
}

export default function setup() {
  const cli = join(root, "dist/cli.js");
  if (existsSync(cli) && statSync(cli).mtimeMs >= newest(join(root, "src"))) return;
  execFileSync(join(root, "node_modules/.bin/tsup"), [], { cwd: root, stdio: "ignore" });
}
