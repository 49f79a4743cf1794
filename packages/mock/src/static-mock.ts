/**
 * The static mock: starts Prism of the AList spec as a child process on 127.0.0.1 and waits until
 * it answers, so tests and tools get a ready URL and a `stop()` that always cleans up.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The spec the static mock serves by default: the bundled copy this package ships beside its code
 * (`dist/openapi.json`, so an installed mock reads nothing outside itself); run from the sources,
 * the client's generated snapshot that copy is made from.
 */
export const DEFAULT_SPEC_PATH =
  [join(here, "openapi.json"), resolve(here, "../../client/src/generated/openapi.json")].find((path) =>
    existsSync(path),
  ) ?? join(here, "openapi.json");

export interface StaticMockOptions {
  /** The OpenAPI document to serve; default: DEFAULT_SPEC_PATH, the spec bundled into this package. */
  specPath?: string;
  host?: string;
  /** 0 or absent: a free port. */
  port?: number;
  /** How long to wait for Prism to listen, in ms. */
  startTimeoutMs?: number;
  /** Receives Prism's log lines (default: dropped). */
  onLog?: (line: string) => void;
}

export interface RunningStaticMock {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** Asks the OS for a free TCP port on `host` (free now: Prism binds it a second later). */
function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Preloaded into Prism: it exits when its parent is gone, even after a SIGKILL of the parent. */
const ORPHAN_GUARD = `--import=data:text/javascript,${encodeURIComponent(
  "const p=process.ppid;setInterval(()=>{if(process.ppid!==p)process.exit(0)},300).unref();",
)}`;

function prismBin(): string {
  const pkg = require.resolve("@stoplight/prism-cli/package.json");
  return join(dirname(pkg), "dist/index.js");
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 3000);
    child.once("exit", () => {
      clearTimeout(force);
      done();
    });
    child.kill("SIGTERM");
  });
}

/** How often a port picked here is picked again when something else took it before Prism could. */
const PORT_ATTEMPTS = 5;

/** `pickPort` is for tests: the port to try when the caller gave none. */
export async function startStaticMock(
  options: StaticMockOptions = {},
  pickPort: (host: string) => Promise<number> = freePort,
): Promise<RunningStaticMock> {
  const host = options.host ?? "127.0.0.1";
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await pickPort(host));
    try {
      return await startPrism(options, host, port);
    } catch (error) {
      // A port is only free until Prism binds it, a second later; a port given by the caller is kept.
      const lost = error instanceof PortTakenError && !options.port && attempt < PORT_ATTEMPTS;
      if (!lost) throw error;
    }
  }
}

class PortTakenError extends Error {}

async function startPrism(options: StaticMockOptions, host: string, port: number): Promise<RunningStaticMock> {
  const specPath = resolve(options.specPath ?? DEFAULT_SPEC_PATH);
  const child = spawn(
    process.execPath,
    [ORPHAN_GUARD, prismBin(), "mock", "--host", host, "--port", String(port), specPath],
    {
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const url = `http://${host}:${port}`;
  const log: string[] = [];

  const ready = new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Prism did not start within ${options.startTimeoutMs ?? 90000} ms:\n${log.join("\n")}`)),
      options.startTimeoutMs ?? 90_000,
    );
    const onLine = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split("\n")) {
        if (!line.trim()) continue;
        log.push(line);
        if (log.length > 50) log.shift();
        options.onLog?.(line);
        if (line.includes("Prism is listening")) {
          clearTimeout(timer);
          resolveReady();
        }
      }
    };
    child.stdout?.on("data", onLine);
    child.stderr?.on("data", onLine);
    child.once("exit", (code) => {
      clearTimeout(timer);
      const message = `Prism exited (code ${code}) before it was ready:\n${log.join("\n")}`;
      reject(log.some((line) => line.includes("EADDRINUSE")) ? new PortTakenError(message) : new Error(message));
    });
  });

  try {
    await ready;
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return { url, port, stop: () => stopChild(child) };
}
