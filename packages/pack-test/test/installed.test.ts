/**
 * The published packages as a user gets them: packed, installed with npm into a project outside
 * the workspace (our packages only from the tarballs, never a registry), then used from there.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  installPacked,
  type PackedProject,
  PUBLISHED,
  type PublishedName,
  run,
  type StartedMock,
  startInstalledMock,
  WORKSPACE,
} from "./support/packed.js";

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");

let packed: PackedProject;
let mock: StartedMock;

beforeAll(async () => {
  packed = await installPacked();
  console.log(`npm install of the packed tarballs: ${packed.installMs} ms`);
  mock = await startInstalledMock(packed, []);
});

afterAll(async () => {
  await mock?.stop();
  packed?.remove();
});

function workspaceVersion(name: PublishedName): string {
  return (JSON.parse(readFileSync(join(WORKSPACE, PUBLISHED[name], "package.json"), "utf8")) as { version: string })
    .version;
}

function installedManifest(name: PublishedName): Record<string, unknown> {
  return JSON.parse(readFileSync(join(packed.project, "node_modules", name, "package.json"), "utf8"));
}

function npx(args: string[], input?: string) {
  return run("npx", ["--no", "--", ...args], { cwd: packed.project, env: packed.env, input });
}

describe("the tarballs", () => {
  it.each(Object.keys(PUBLISHED) as PublishedName[])(
    "%s ships its build, README, LICENSE and CHANGELOG only",
    (name) => {
      const files = execFileSync("tar", ["-tzf", packed.tarballs[name]], { encoding: "utf8" }).trim().split("\n");
      for (const file of ["package/package.json", "package/README.md", "package/LICENSE", "package/CHANGELOG.md"])
        expect(files).toContain(file);
      const other = files.filter(
        (file) =>
          !file.startsWith("package/dist/") &&
          !/^package\/(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(file),
      );
      expect(other).toEqual([]);
      expect(files.some((file) => file.startsWith("package/dist/"))).toBe(true);
    },
  );

  it("rewrite workspace ranges to the exact versions they were packed with", () => {
    for (const name of Object.keys(PUBLISHED) as PublishedName[]) {
      expect(JSON.stringify(installedManifest(name))).not.toContain("workspace:");
      expect(installedManifest(name).private).toBeUndefined();
    }
    const smokeDeps = installedManifest("@alist-toolkit/smoke").dependencies as Record<string, string>;
    expect(smokeDeps["@alist-toolkit/client"]).toBe(workspaceVersion("@alist-toolkit/client"));
    expect(smokeDeps["@alist-toolkit/mock"]).toBe(workspaceVersion("@alist-toolkit/mock"));
  });

  it("the CLI has no dependencies: its bundle holds the client and everything else", () => {
    expect(installedManifest("@alist-toolkit/cli").dependencies).toBeUndefined();
  });

  it("the mock ships the spec it serves", () => {
    const files = execFileSync("tar", ["-tzf", packed.tarballs["@alist-toolkit/mock"]], { encoding: "utf8" });
    expect(files.split("\n")).toContain("package/dist/openapi.json");
  });
});

describe("the CLI, installed", () => {
  it("alist --version prints the version it was packed with", async () => {
    const result = await npx(["alist", "--version"]);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toBe(workspaceVersion("@alist-toolkit/cli"));
  });

  it("alist --help lists its commands", async () => {
    const result = await npx(["alist", "--help"]);
    expect(result.code).toBe(0);
    for (const command of ["login", "ls", "put", "get", "tasks"])
      expect(result.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });

  it("npm install -g of the CLI tarball gives an alist that runs from any folder, with nothing else installed", async () => {
    const prefix = join(packed.root, "global");
    const install = await run(
      "npm",
      [
        "install",
        "-g",
        "--prefix",
        prefix,
        "--offline",
        "--no-audit",
        "--no-fund",
        packed.tarballs["@alist-toolkit/cli"],
      ],
      { cwd: packed.root, env: packed.env },
    );
    expect(install.code, install.stderr).toBe(0);
    expect(readdirSync(join(prefix, "lib/node_modules/@alist-toolkit/cli"))).not.toContain("node_modules");
    const env = { ...packed.env, PATH: `${join(prefix, "bin")}:${packed.env.PATH}` };
    const version = await run("alist", ["--version"], { cwd: tmpdir(), env });
    expect(version.code, version.stderr).toBe(0);
    expect(version.stdout.trim()).toBe(workspaceVersion("@alist-toolkit/cli"));
  });

  it("logs in to the installed mock and lists a folder, from a folder outside the workspace", async () => {
    const env = { ...packed.env, ALIST_URL: mock.url };
    const login = await run("npx", ["--no", "--", "alist", "login", "--username", "admin", "--password-stdin"], {
      cwd: packed.project,
      env,
      input: "admin",
    });
    expect(login.code, login.stderr).toBe(0);
    const ls = await run("npx", ["--no", "--", "alist", "ls", "/local"], { cwd: packed.project, env });
    expect(ls.code, ls.stderr).toBe(0);
    expect(ls.stdout).toMatch(/^Movies\/?$/m);
  });
});

describe("the mock, installed", () => {
  it("alist-mock answers /ping", async () => {
    const answer = await fetch(`${mock.url}/ping`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe("pong");
  });

  it("alist-mock --static serves the spec inside its package with Prism", async () => {
    const prism = await startInstalledMock(packed, ["--static"]);
    try {
      const answer = await fetch(`${prism.url}/api/public/settings`);
      expect(answer.status).toBe(200);
      expect(((await answer.json()) as { code: number }).code).toBe(200);
    } finally {
      await prism.stop();
    }
  });
});

describe("the smoke runner, installed", () => {
  it("alist-smoke passes against the installed mock", async () => {
    const result = await npx(
      ["alist-smoke", "--json", "--target", mock.url, "--dir", "/local", "--username", "admin", "--password-stdin"],
      "admin",
    );
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { ok: boolean; checks: { step: string; status: string }[] };
    expect(report.ok).toBe(true);
    expect(report.checks.filter((check) => check.status !== "passed")).toEqual([]);
    expect(report.checks.map((check) => check.step)).toContain("fs/put probe");
  });

  it("alist-smoke with no target starts the installed static mock itself and passes", async () => {
    const result = await npx(["alist-smoke", "--json"]);
    expect(result.code, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { ok: boolean; mode: string; checks: { status: string }[] };
    expect(report.mode).toBe("mock");
    expect(report.ok).toBe(true);
    expect(report.checks.some((check) => check.status === "failed")).toBe(false);
  });
});

// node16 also checks the shipped declaration files against @types/node and TypeScript's libs
// (skipLibCheck off, as tsc's default); the other two skip that second pass of the same files.
describe.concurrent("the client, installed", () => {
  it.each(["node16", "bundler"])("a TypeScript ESM consumer compiles under moduleResolution %s", async (mode) => {
    const result = await run(process.execPath, [tsc, "-p", `tsconfig.${mode}.json`], {
      cwd: packed.project,
      env: packed.env,
    });
    expect(result.code, result.stdout).toBe(0);
  });

  it("a TypeScript CommonJS consumer compiles with require() of the ESM client (module node20)", async () => {
    const result = await run(process.execPath, [tsc, "-p", "tsconfig.cjs.json"], {
      cwd: packed.project,
      env: packed.env,
    });
    expect(result.code, result.stdout).toBe(0);
  });

  it("a CommonJS script require()s the client and calls the installed mock", async () => {
    const result = await run(process.execPath, ["cjs-consumer.cjs", mock.url, "admin", "admin", "/local"], {
      cwd: packed.project,
      env: packed.env,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    const out = JSON.parse(result.stdout) as { names: string[]; missing: string };
    expect(out.names).toContain("Movies");
    expect(out.missing).toBe("AlistError 500");
  });

  it("a script on the web build (/web) logs in, lists, sends a Blob up and reads it back from the installed mock", async () => {
    const result = await run(process.execPath, ["web-consumer.mjs", mock.url, "admin", "admin", "/local"], {
      cwd: packed.project,
      env: packed.env,
    });
    expect(result.code, result.stderr).toBe(0);
    const out = JSON.parse(result.stdout) as { names: string[]; back: string; missing: string };
    expect(out.names).toContain("Movies");
    expect(out.back).toBe("from the web build");
    expect(out.missing).toBe("AlistError 500");
  });
});
