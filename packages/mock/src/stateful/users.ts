/**
 * Users, tokens and login rules. Tokens are HS256 JWTs kept in memory: a restart
 * (`POST /__mock/restart`) forgets them all, as a real server's restart does.
 */
import { createHash, createHmac, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { Secret, TOTP } from "otpauth";
import { Fail } from "./fail.js";

export const ROLE_GENERAL = 0;
export const ROLE_GUEST = 1;
export const ROLE_ADMIN = 2;
/** Bits 0-7 and 12-13: what a fresh admin gets. */
export const ADMIN_PERMISSION = 0x30ff;

export const PERM = {
  write: 1 << 3,
  rename: 1 << 4,
  move: 1 << 5,
  copy: 1 << 6,
  remove: 1 << 7,
  offlineDownload: 1 << 2,
} as const;

export interface User {
  id: number;
  username: string;
  /** sha256(password + "-https://github.com/alist-org/alist"), as the web UI sends it. */
  passwordHash: string;
  basePath: string;
  role: number;
  disabled: boolean;
  permission: number;
  otpSecret?: string;
  /** Bumped when the password changes: older tokens stop working. */
  pwdTs: number;
}

export interface UserSpec {
  username: string;
  password: string;
  role?: "admin" | "general" | "guest";
  permission?: number;
  base_path?: string;
  disabled?: boolean;
  otp_secret?: string;
}

const SALT = "https://github.com/alist-org/alist";
export const hashPassword = (password: string) => createHash("sha256").update(`${password}-${SALT}`).digest("hex");

const ROLES = { general: ROLE_GENERAL, guest: ROLE_GUEST, admin: ROLE_ADMIN } as const;

/** admin/admin, a read-only `reader`/`reader`, and a guest (disabled unless `--guest`). */
export const DEFAULT_USERS: UserSpec[] = [
  { username: "admin", password: "admin", role: "admin" },
  { username: "reader", password: "reader", role: "general", permission: 0 },
  { username: "guest", password: "", role: "guest", permission: 0, disabled: true },
];

export function readUsersFile(path: string): UserSpec[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`--users ${path}: ${(error as Error).message}`);
  }
  if (!Array.isArray(parsed) || parsed.some((user) => typeof user?.username !== "string")) {
    throw new Error(`--users ${path}: expected a JSON array of {username, password, role?, permission?, ...}`);
  }
  return parsed as UserSpec[];
}

const LOCK_AFTER = 5;
const LOCK_MS = 5 * 60_000;
const TOKEN_HOURS = 48;

export class Users {
  private readonly byName = new Map<string, User>();
  private tokens = new Set<string>();
  private failures = new Map<string, { count: number; until: number }>();
  private readonly jwtSecret = randomBytes(16).toString("hex");

  constructor(specs: UserSpec[], guestEnabled: boolean) {
    specs.forEach((spec, index) => {
      const role = ROLES[spec.role ?? "general"] ?? ROLE_GENERAL;
      this.byName.set(spec.username, {
        id: index + 1,
        username: spec.username,
        passwordHash: hashPassword(spec.password ?? ""),
        basePath: spec.base_path ?? "/",
        role,
        disabled: role === ROLE_GUEST ? !guestEnabled : spec.disabled === true,
        permission: spec.permission ?? (role === ROLE_ADMIN ? ADMIN_PERMISSION : 0),
        ...(spec.otp_secret ? { otpSecret: spec.otp_secret } : {}),
        pwdTs: 0,
      });
    });
  }

  get guest(): User | undefined {
    return [...this.byName.values()].find((user) => user.role === ROLE_GUEST);
  }

  /** The hash login flow: rate limit per client, user, password, then the one-time code. */
  login(client: string, username: string, hash: string, otpCode: string | undefined): string {
    const now = Date.now();
    const failure = this.failures.get(client);
    if (failure && failure.count >= LOCK_AFTER && failure.until > now) {
      failure.until = now + LOCK_MS;
      throw new Fail(
        429,
        "Too many unsuccessful sign-in attempts have been made using an incorrect username or password, Try again later.",
      );
    }
    const fail = (code: number, message: string): never => {
      const count = (failure && failure.until > now ? failure.count : 0) + 1;
      this.failures.set(client, { count, until: now + LOCK_MS });
      throw new Fail(code, message);
    };
    if (!username) fail(400, "username is empty");
    const user = this.byName.get(username);
    if (!user || user.role === ROLE_GUEST) return fail(400, "failed find user: record not found");
    if (!hash) fail(400, "password is empty");
    if (hash !== user.passwordHash) fail(400, "password is incorrect");
    if (user.otpSecret && !(otpCode && checkTotp(user.otpSecret, otpCode))) fail(402, "Invalid 2FA code");
    this.failures.delete(client);
    return this.issue(user);
  }

  private issue(user: User): string {
    const now = Math.floor(Date.now() / 1000);
    const part = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
    const head = `${part({ alg: "HS256", typ: "JWT" })}.${part({
      username: user.username,
      pwd_ts: user.pwdTs,
      exp: now + TOKEN_HOURS * 3600,
      iat: now,
      nbf: now,
    })}`;
    const token = `${head}.${createHmac("sha256", this.jwtSecret).update(head).digest("base64url")}`;
    this.tokens.add(token);
    return token;
  }

  /** The user a raw `Authorization` value stands for; AList's 401 messages otherwise. */
  authenticate(token: string): User {
    if (!this.tokens.has(token)) throw new Fail(401, "token is invalidated");
    const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as {
      username: string;
      pwd_ts: number;
      exp: number;
    };
    if (claims.exp * 1000 < Date.now()) throw new Fail(401, "token is expired");
    const user = this.byName.get(claims.username);
    if (!user) throw new Fail(401, "failed find user: record not found");
    if (claims.pwd_ts !== user.pwdTs) throw new Fail(401, "Password has been changed, login please");
    if (user.disabled) throw new Fail(401, "Current user is disabled, replace please");
    return user;
  }

  logout(token: string): void {
    this.tokens.delete(token);
  }

  /** What a server restart forgets: every token and every failed-login count. */
  restart(): void {
    this.tokens = new Set();
    this.failures = new Map();
  }

  update(user: User, changes: { username?: string; password?: string }): void {
    if (changes.username && changes.username !== user.username) {
      if (this.byName.has(changes.username)) throw new Fail(500, "UNIQUE constraint failed: x_users.username");
      this.byName.delete(user.username);
      user.username = changes.username;
      this.byName.set(user.username, user);
      user.pwdTs = Date.now();
    }
    if (changes.password) {
      user.passwordHash = hashPassword(changes.password);
      user.pwdTs = Date.now();
    }
  }
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function checkTotp(secret: string, code: string): boolean {
  try {
    const totp = new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30 });
    return totp.validate({ token: code, window: 1 }) !== null;
  } catch {
    return false;
  }
}
