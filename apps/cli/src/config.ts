/**
 * The saved login: `${XDG_CONFIG_HOME:-~/.config}/alist-cli/config.json`. Written with
 * synchronous calls to a private temp file that is fsynced and renamed over the old one,
 * so a crash or Ctrl-C leaves either the old file or the new one, never half of either.
 * The password is never part of it.
 */
import { randomBytes } from "node:crypto";
import {
  chmodSync,
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { ConfigFileError } from "./command-errors.js";

export interface SavedLogin {
  server?: string;
  username?: string;
  token?: string;
  /** When the token was obtained (ISO 8601). */
  obtainedAt?: string;
}

export function configPath(env: NodeJS.ProcessEnv): string {
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "alist-cli", "config.json");
}

function describe(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOTDIR") return "a parent is not a folder";
  if (code === "EISDIR") return "it is a folder";
  if (code === "ENOSPC") return "no space left on the device";
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the saved login. A missing file is no login; an unreadable or broken one is
 * reported through `warn` and treated as no login, so `--token` keeps working.
 */
export function readSavedLogin(path: string, warn: (message: string) => void): SavedLogin {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as { code?: string }).code !== "ENOENT") warn(`ignoring ${path}: ${describe(error)}`);
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error("not an object");
    const record = parsed as Record<string, unknown>;
    const pick = (key: keyof SavedLogin) => (typeof record[key] === "string" ? { [key]: record[key] } : {});
    return { ...pick("server"), ...pick("username"), ...pick("token"), ...pick("obtainedAt") };
  } catch {
    warn(`ignoring ${path}: not a valid saved login (JSON object)`);
    return {};
  }
}

/** Replaces the saved login atomically: folder 0700, file 0600, temp file + fsync + rename. */
export function writeSavedLogin(path: string, login: SavedLogin): void {
  const dir = dirname(path);
  const temp = join(dir, `.config.json.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  let fd: number | undefined;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    chmodSync(dir, 0o700);
    fd = openSync(temp, "wx", 0o600);
    // writeFileSync loops over short writes (a full disk, a file-size limit) and throws when
    // the rest cannot be written; a single writeSync would rename a truncated file into place.
    writeFileSync(fd, `${JSON.stringify(login, null, 2)}\n`);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(temp, path);
    syncFolder(dir);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    removeQuietly(temp);
    throw new ConfigFileError(`cannot save the login to ${path}: ${describe(error)}`, { cause: error });
  }
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // It was never created (e.g. its folder could not be made).
  }
}

/** Makes the rename itself durable; some file systems refuse to fsync a folder, which is fine. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Best effort only.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Names of this machine's loopback interface, which all reach the same local server. */
const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * The same server, ignoring trailing slashes, letter case in scheme and host, a default port
 * written out, and which loopback name (localhost, 127.0.0.1, [::1]) reaches this machine.
 */
export function sameServer(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const canonical = (text: string) => {
    try {
      const url = new URL(text);
      if (LOOPBACK.has(url.hostname)) url.hostname = "127.0.0.1";
      return url.href.replace(/\/+$/, "");
    } catch {
      return text.replace(/\/+$/, "");
    }
  };
  return canonical(a) === canonical(b);
}
