/**
 * What a run needs, checked before anything is sent: mock or live, the server's address,
 * the folder to write to and the credentials. Problems are `UsageError`s (exit code 2).
 */
import { normalizeRemotePath, UsageError } from "@alist-toolkit/client";

export { UsageError };

export interface SmokeOptions {
  /** The server to test; absent: start the mock on the embedded spec and test that. */
  target?: string;
  /** The folder the probe file is written to; required for a live run. */
  dir?: string;
  /** A token (from login, or the admin's static token); replaces username and password. */
  token?: string;
  username?: string;
  password?: string;
  /** Timeout per call in ms (default 30000); the upload gets twice as long. */
  timeoutMs?: number;
  /** Without a target: which mock to start (default "stateful", an AList that stores). */
  mock?: MockKind;
}

export type MockKind = "stateful" | "static";

export type Credentials = { token: string } | { username: string; password: string };

export interface Plan {
  mode: "mock" | "live";
  /** In mock mode: which mock. */
  mockKind?: MockKind;
  target?: string;
  dir: string;
  credentials: Credentials;
  timeoutMs: number;
}

/** The stateful mock's default admin, and its Local storage. */
const STATEFUL_CREDENTIALS = { username: "admin", password: "admin" };
const STATEFUL_DIR = "/local";
/** The static mock accepts any login and answers with the spec's example token. */
const STATIC_CREDENTIALS = { username: "admin", password: "mock-password" };
const STATIC_DIR = "/alist-smoke";

function checkTarget(target: string): string {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    throw new UsageError(`--target is not a URL: ${JSON.stringify(target)} (e.g. http://127.0.0.1:5244)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UsageError(`--target must start with http:// or https://, got ${JSON.stringify(target)}`);
  }
  if (url.username || url.password) {
    throw new UsageError("--target must not carry credentials: use --username with --password-stdin, or --token");
  }
  return target;
}

function checkDir(dir: string): string {
  try {
    return normalizeRemotePath(dir).replace(/(.)\/+$/, "$1");
  } catch (error) {
    throw new UsageError(`--dir: ${(error as Error).message}`);
  }
}

function liveCredentials(options: SmokeOptions): Credentials {
  if (options.token && options.username) {
    throw new UsageError("give either a token or a username with a password, not both");
  }
  if (options.token) return { token: options.token };
  if (options.username) {
    if (!options.password) {
      throw new UsageError("--username needs a password: --password-stdin, or ALIST_PASSWORD in the environment");
    }
    return { username: options.username, password: options.password };
  }
  throw new UsageError(
    "a live run needs credentials: --token (or ALIST_TOKEN), or --username with --password-stdin (or ALIST_PASSWORD)",
  );
}

export function planRun(options: SmokeOptions): Plan {
  const timeoutMs = options.timeoutMs ?? 30_000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new UsageError("the timeout must be a positive number");
  if (options.target === undefined) {
    if (options.token || options.username || options.password) {
      throw new UsageError("credentials only apply to a live run: add --target URL (the mock needs none)");
    }
    const mockKind = options.mock ?? "stateful";
    const stateful = mockKind === "stateful";
    return {
      mode: "mock",
      mockKind,
      dir: checkDir(options.dir ?? (stateful ? STATEFUL_DIR : STATIC_DIR)),
      credentials: stateful ? STATEFUL_CREDENTIALS : STATIC_CREDENTIALS,
      timeoutMs,
    };
  }
  if (options.mock) throw new UsageError("--static-mock only applies without --target (it picks the mock)");
  const target = checkTarget(options.target);
  if (!options.dir) {
    throw new UsageError("--dir is required with --target: the folder the probe file is written to (and the only one)");
  }
  return { mode: "live", target, dir: checkDir(options.dir), credentials: liveCredentials(options), timeoutMs };
}

/** Fills what the command line left out from ALIST_URL, ALIST_TOKEN, ALIST_USERNAME and ALIST_PASSWORD. */
export function withEnvironment(options: SmokeOptions, env: NodeJS.ProcessEnv): SmokeOptions {
  const merged: SmokeOptions = { ...options };
  if (merged.target === undefined && env.ALIST_URL) merged.target = env.ALIST_URL;
  if (merged.target === undefined) return merged;
  // A username on the command line means password login even when ALIST_TOKEN is set.
  if (!merged.token && !merged.username) {
    if (env.ALIST_TOKEN) merged.token = env.ALIST_TOKEN;
    else if (env.ALIST_USERNAME) merged.username = env.ALIST_USERNAME;
  }
  if (merged.username && merged.password === undefined && env.ALIST_PASSWORD) merged.password = env.ALIST_PASSWORD;
  return merged;
}
