/**
 * The web entry's smoke (support/smoke-calls.ts), bundled for the browser, run as a script by
 * Node, Bun and Deno (their npm packages' binaries) against the stateful mock.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectSmoke } from "./support/expect-smoke.js";
import type { SmokeResult } from "./support/smoke-calls.js";
import { bundleForBrowser } from "./support/web-bundle.js";

const run = promisify(execFile);
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const UPLOAD_BYTES = 1024 * 1024 + 17;

const runtimes: { name: string; command: string; args: string[]; build: "node" | "web" }[] = [
  { name: "Node", command: process.execPath, args: [], build: "node" },
  { name: "Bun", command: bin("bun"), args: ["run"], build: "web" },
  {
    name: "Deno",
    command: bin("deno"),
    args: ["run", "--allow-net", "--allow-read", "--allow-env", "--no-prompt"],
    build: "web",
  },
];
const whichBuild = fileURLToPath(new URL("./fixtures/which-build.mjs", import.meta.url));
const env = { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" };

let mock: RunningStatefulMock;
let dir: string;
let script: string;

beforeAll(async () => {
  mock = await startMock();
  dir = await mkdtemp(join(tmpdir(), "alist-web-smoke-"));
  script = join(dir, "smoke.mjs");
  await writeFile(script, await bundleForBrowser("./smoke-main.ts"));
});

afterAll(async () => {
  await mock?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe.each(runtimes)("under $name", ({ command, args, build }) => {
  // The binaries come with the npm packages `bun` and `deno` (devDependencies): without one, say so.
  const missing = existsSync(command) ? "" : ` (skipped: ${command} is missing; run pnpm install)`;
  it.skipIf(missing !== "")(
    `the web entry logs in with the Web Crypto hash, reads, lists, uploads a Blob, downloads it, and types both errors${missing}`,
    async () => {
      const { stdout } = await run(command, [...args, script, mock.url, String(UPLOAD_BYTES)], {
        env,
      });
      expectSmoke(JSON.parse(stdout) as SmokeResult, UPLOAD_BYTES);
    },
  );

  // The package's own name, self-referenced: its export conditions pick the build (dist/).
  it.skipIf(missing !== "")(`imports the ${build} build by the package's bare name${missing}`, async () => {
    const { stdout } = await run(command, [...args, whichBuild], { env });
    expect(JSON.parse(stdout)).toEqual({ nodeHash: build === "node" ? "function" : "undefined", webHash: "function" });
  });
});
