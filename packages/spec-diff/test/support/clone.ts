// A throw-away clone of this repository, so a test can edit the spec and run the gate on it.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/main.js";

export const repoRoot = execFileSync("git", ["rev-parse", "--show-toplevel"], { encoding: "utf8" }).trim();

export interface Clone {
  dir: string;
  git(...args: string[]): string;
  edit(path: string, change: (text: string) => string): void;
  write(path: string, text: string): void;
  reset(): void;
  run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  remove(): void;
}

export function cloneRepo(): Clone {
  const parent = mkdtempSync(join(tmpdir(), "spec-gate-test-"));
  const dir = join(parent, "repo");
  execFileSync("git", ["clone", "--quiet", "--shared", repoRoot, dir]);
  const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
  // Whatever branch this checkout is on, the clone stands on `main`, as CI's clone does.
  git("checkout", "--quiet", "-B", "main");
  return {
    git,
    dir,
    edit(path, change) {
      const file = join(dir, path);
      const before = readFileSync(file, "utf8");
      const after = change(before);
      if (after === before) throw new Error(`the edit of ${path} changed nothing`);
      writeFileSync(file, after);
    },
    write(path, text) {
      writeFileSync(join(dir, path), text);
    },
    reset() {
      git("checkout", "--quiet", "--", ".");
      git("clean", "--quiet", "-fd");
    },
    async run(...args) {
      let stdout = "";
      let stderr = "";
      const code = await main(args, {
        cwd: dir,
        stdout: (t) => {
          stdout += t;
        },
        stderr: (t) => {
          stderr += t;
        },
      });
      return { code, stdout, stderr };
    },
    remove() {
      rmSync(parent, { recursive: true, force: true });
    },
  };
}
