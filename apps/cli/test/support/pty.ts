/**
 * Runs the built CLI on a pseudo-terminal through util-linux `script`, answering prompts
 * as they appear (typing earlier would be echoed by the terminal before the CLI turns echo off).
 */
import { spawn, spawnSync } from "node:child_process";
import { CLI_PATH, type Sandbox } from "./cli.js";

export const hasScript = spawnSync("script", ["--version"]).status === 0;

const quote = (arg: string) => `'${arg.replace(/'/g, `'\\''`)}'`;

export interface PtyResult {
  code: number | null;
  /** Everything the terminal showed, with CR LF turned into LF. */
  screen: string;
}

export function runInPty(
  sandbox: Sandbox,
  args: string[],
  options: { env?: Record<string, string>; answers?: Array<[prompt: string, reply: string]> } = {},
): Promise<PtyResult> {
  const command = [process.execPath, CLI_PATH, ...args].map(quote).join(" ");
  const child = spawn("script", ["-qec", command, "/dev/null"], {
    cwd: sandbox.dir,
    env: {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      HOME: sandbox.home,
      XDG_CONFIG_HOME: sandbox.configHome,
      TERM: "xterm",
      ...options.env,
    },
    stdio: ["pipe", "pipe", "pipe"],
  });
  const answers = [...(options.answers ?? [])];
  let screen = "";
  let seen = 0;
  child.stdout.on("data", (chunk) => {
    screen += chunk;
    const next = answers[0];
    const at = next ? screen.indexOf(next[0], seen) : -1;
    if (next && at !== -1) {
      seen = at + next[0].length;
      answers.shift();
      child.stdin.write(next[1]);
    }
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, screen: screen.replace(/\r\n/g, "\n") }));
  });
}
