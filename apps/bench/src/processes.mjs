/** Child processes for the benchmarks: fixture servers, and commands measured for time and peak RSS. */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FIXTURE = fileURLToPath(new URL("./fixture-server.mjs", import.meta.url));

/** Starts a fixture server process (`args` follow the mode); resolves with its URL and a stop function. */
export function startFixture(mode, ...args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FIXTURE, mode, ...args.map(String)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    child.once("error", reject);
    child.stdout.once("data", (chunk) => {
      resolve({
        url: `http://127.0.0.1:${String(chunk).trim()}`,
        stop: () => new Promise((done) => child.once("exit", done).kill()),
      });
    });
  });
}

function peakRssKb(pid) {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command to its end. Returns wall time in ms and peak RSS in MB, read from
 * /proc/<pid>/status (VmHWM, the high-water mark) every 10 ms while it runs.
 */
export function measure(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
    let peak = 0;
    let stderr = "";
    const poll = setInterval(() => {
      peak = Math.max(peak, peakRssKb(child.pid));
    }, 10);
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.once("error", reject);
    child.once("exit", (code) => {
      clearInterval(poll);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited ${code}: ${stderr.trim()}`));
      resolve({ ms, peakMb: peak / 1024 });
    });
  });
}
