import { existsSync } from "node:fs";
import { CLI } from "../support/cli.js";

/** The CLI tests run the built runner; turbo builds it before `test` (see turbo.json). */
export default function setup() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm build\` first (pnpm test does it)`);
}
