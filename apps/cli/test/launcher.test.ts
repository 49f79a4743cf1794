/**
 * scripts/launch.mjs on a throwaway workspace of two packages (a library and the `alist` app
 * that needs it): it builds what is missing or changed, in order, and nothing else; a build's
 * chatter is never shown unless it fails; the bundle runs with its own output and exit code.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const LAUNCHER = fileURLToPath(new URL("../../../scripts/launch.mjs", import.meta.url));

// Each package's build logs its name, chatters on both streams, and writes its outputs.
const BUILD = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
const name = JSON.parse(readFileSync("package.json", "utf8")).name;
appendFileSync("../../builds.log", name + "\\n");
console.log("build banner on stdout");
console.error("build notice on stderr");
const source = readFileSync("src/main.js", "utf8");
if (source.includes("BROKEN")) { console.error("src/main.js: syntax error"); process.exit(3); }
mkdirSync("dist", { recursive: true });
writeFileSync("dist/main.js", source);
`;

let root: string;

function writePackage(dir: string, manifest: object, source: string) {
  mkdirSync(join(root, dir, "src"), { recursive: true });
  writeFileSync(join(root, dir, "package.json"), JSON.stringify(manifest));
  writeFileSync(join(root, dir, "build.mjs"), BUILD);
  writeFileSync(join(root, dir, "src/main.js"), source);
}

function launch(...args: string[]) {
  const run = spawnSync(process.execPath, [join(root, "scripts/launch.mjs"), "alist", ...args], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin" },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Names built since the last call. */
let seenBuilds = 0;
function builds(): string[] {
  const lines = readFileSync(join(root, "builds.log"), { encoding: "utf8", flag: "a+" }).split("\n").filter(Boolean);
  const fresh = lines.slice(seenBuilds);
  seenBuilds = lines.length;
  return fresh;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "alist-launch-"));
  mkdirSync(join(root, "scripts"));
  copyFileSync(LAUNCHER, join(root, "scripts/launch.mjs"));
  writeFileSync(join(root, "pnpm-workspace.yaml"), "packages:\n  - packages/*\n  - apps/*\n");
  writeFileSync(join(root, "pnpm-lock.yaml"), "lockfileVersion: '9.0'\n");
  writeFileSync(join(root, "tsconfig.base.json"), "{}");
  writePackage(
    "packages/lib",
    { name: "lib", main: "./dist/main.js", scripts: { build: "node build.mjs" } },
    "export const greeting = 'hello';\n",
  );
  writePackage(
    "apps/cli",
    {
      name: "cli",
      type: "module",
      bin: { alist: "./dist/alist.js" },
      dependencies: { lib: "workspace:*" },
      scripts: { build: "node build.mjs && node -e \"require('fs').renameSync('dist/main.js','dist/alist.js')\"" },
    },
    [
      "const args = process.argv.slice(2);",
      'if (args[0] === "fail") { console.error("alist: stat /a.txt: object not found (code 500)"); process.exit(1); }',
      'console.log("args " + JSON.stringify(args) + " bin " + process.argv[1].endsWith("dist/alist.js"));',
      "",
    ].join("\n"),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("scripts/launch.mjs", () => {
  it("builds what is missing, dependencies first, showing none of the builds' output", () => {
    const run = launch("ls", "-l", "/a b");
    expect(run).toEqual({ code: 0, stdout: 'args ["ls","-l","/a b"] bin true\n', stderr: "" });
    expect(builds()).toEqual(["lib", "cli"]);
  });

  it("builds nothing when nothing changed, even when files were only touched", () => {
    expect(launch("again").code).toBe(0);
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, "packages/lib/src/main.js"), later, later);
    expect(launch("again").code).toBe(0);
    expect(builds()).toEqual([]);
  });

  it("passes the command's exit code and its one line of stderr through", () => {
    expect(launch("fail")).toEqual({
      code: 1,
      stdout: "",
      stderr: "alist: stat /a.txt: object not found (code 500)\n",
    });
  });

  it("rebuilds a changed library and the app that needs it", () => {
    writeFileSync(join(root, "packages/lib/src/main.js"), "export const greeting = 'hi';\n");
    expect(launch().code).toBe(0);
    expect(builds()).toEqual(["lib", "cli"]);
  });

  it("rebuilds only the app when only the app changed", () => {
    const source = join(root, "apps/cli/src/main.js");
    writeFileSync(source, `${readFileSync(source, "utf8")}// changed\n`);
    expect(launch().code).toBe(0);
    expect(builds()).toEqual(["cli"]);
  });

  it("a failed build shows its output, exits 1 and does not run the old bundle", () => {
    writeFileSync(join(root, "packages/lib/src/main.js"), "BROKEN\n");
    const run = launch("ls");
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(/^alist: building lib failed \(exit code 3\):\n/);
    expect(run.stderr).toContain("src/main.js: syntax error");
    expect(builds()).toEqual(["lib"]);
  });

  it("refuses a command it does not know in one line, exit 1", () => {
    const run = spawnSync(process.execPath, [join(root, "scripts/launch.mjs"), "nope"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('launch: unknown command "nope": one of alist, smoke, mock\n');
  });
});
