/**
 * Releases: the changesets configuration versions the published packages together, and a
 * release note reaches each CHANGELOG named in it.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { PUBLISHED, WORKSPACE } from "./support/packed.js";

const changeset = join(WORKSPACE, "node_modules/.bin/changeset");

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
}

function workspacePackages(): { folder: string; manifest: Manifest }[] {
  return ["packages", "apps"].flatMap((parent) =>
    readdirSync(join(WORKSPACE, parent)).map((name) => {
      const folder = `${parent}/${name}`;
      return { folder, manifest: JSON.parse(readFileSync(join(WORKSPACE, folder, "package.json"), "utf8")) };
    }),
  );
}

const config = JSON.parse(readFileSync(join(WORKSPACE, ".changeset/config.json"), "utf8")) as { fixed: string[][] };

let scratch: string | undefined;
afterEach(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

it("the fixed group is exactly the packages that are not private", () => {
  const published = workspacePackages()
    .filter(({ manifest }) => !manifest.private)
    .map(({ manifest }) => manifest.name);
  expect(config.fixed).toHaveLength(1);
  expect([...(config.fixed[0] ?? [])].sort()).toEqual([...published].sort());
  expect([...published].sort()).toEqual(Object.keys(PUBLISHED).sort());
});

it("changeset version bumps every published package together and writes the note to the CHANGELOGs it names", () => {
  scratch = mkdtempSync(join(tmpdir(), "alist-changeset-"));
  for (const file of ["package.json", "pnpm-workspace.yaml", ".changeset/config.json"])
    cpSync(join(WORKSPACE, file), join(scratch, file));
  const packages = workspacePackages();
  for (const { folder } of packages) {
    mkdirSync(join(scratch, folder), { recursive: true });
    for (const file of ["package.json", "CHANGELOG.md"]) {
      const from = join(WORKSPACE, folder, file);
      if (existsSync(from)) cpSync(from, join(scratch, folder, file));
    }
  }
  const note = "Spec: a test note that reaches the client's and the mock's users.";
  writeFileSync(
    join(scratch, ".changeset/test-note.md"),
    `---\n"@alist-toolkit/client": minor\n"@alist-toolkit/mock": minor\n---\n\n${note}\n`,
  );
  execFileSync(changeset, ["version"], { cwd: scratch, stdio: "pipe" });

  const before = new Map(packages.map(({ folder, manifest }) => [folder, manifest.version]));
  const after = (folder: string) =>
    (JSON.parse(readFileSync(join(scratch as string, folder, "package.json"), "utf8")) as Manifest).version;
  const versions = new Set(Object.values(PUBLISHED).map(after));
  expect(versions.size).toBe(1);
  // A minor change: x.y.z becomes x.(y+1).0 for all four.
  const [major, minor] = (before.get("packages/client") as string).split(".").map(Number) as [number, number];
  expect([...versions]).toEqual([`${major}.${minor + 1}.0`]);
  for (const { folder, manifest } of packages.filter(({ manifest }) => manifest.private))
    expect(after(folder)).toBe(manifest.version);
  for (const folder of [PUBLISHED["@alist-toolkit/client"], PUBLISHED["@alist-toolkit/mock"]])
    expect(readFileSync(join(scratch, folder, "CHANGELOG.md"), "utf8")).toContain(`- ${note}`);
  expect(readdirSync(join(scratch, ".changeset"))).not.toContain("test-note.md");
});
