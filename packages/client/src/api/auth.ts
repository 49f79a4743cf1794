/** Login: hashed by default, plain on request, with a distinct error for one-time codes. */
import type { CallOptions, Core, Send } from "../core.js";
import { AlistInputError, AlistProtocolError } from "../errors.js";
import type { components } from "../generated/schema.js";
import { headerValueProblem } from "../header-values.js";
import { hashPassword } from "../password-hash.js";

export type LoginRequest = components["schemas"]["LoginRequest"];

export interface LoginOptions extends CallOptions {
  username: string;
  password: string;
  /** The 6-digit one-time code, for accounts with two-factor authentication. */
  otpCode?: string;
  /** Send the plaintext password to `/api/auth/login` instead of the hash to `/api/auth/login/hash`. */
  plain?: boolean;
}

export interface AuthApi {
  /**
   * Logs in and keeps the token for later calls. Throws `AlistOtpError` on code 402 (ask
   * for the one-time code and call again with `otpCode`), `AlistError` for other refusals.
   */
  login(options: LoginOptions): Promise<{ token: string }>;
}

/** The token of a login answer; one that could not be sent back in a header is refused. */
function tokenOf(operation: string, data: unknown): string {
  const token = (data as { token?: unknown } | null)?.token;
  if (typeof token !== "string" || token.length === 0) {
    throw new AlistProtocolError(operation, 200, "application/json", "login succeeded without a token");
  }
  const problem = headerValueProblem(token);
  if (problem) throw new AlistProtocolError(operation, 200, "application/json", `login gave a token that ${problem}`);
  return token;
}

export function authApi(core: Core): AuthApi {
  return {
    async login(request) {
      if (!request.username) throw new AlistInputError("username is required");
      const body: LoginRequest = {
        username: request.username,
        password: request.plain ? request.password : hashPassword(request.password),
        ...(request.otpCode ? { otp_code: request.otpCode } : {}),
      };
      const operation = request.plain ? "login" : "loginHash";
      const path = request.plain ? "/api/auth/login" : "/api/auth/login/hash";
      const send: Send = (init) => core.raw.POST(path, { body, parseAs: "text", ...init });
      const data = await core.json(operation, request, send, { otpSent: Boolean(request.otpCode), noRelogin: true });
      const received = tokenOf(operation, data);
      core.token = received;
      // Remembered in memory only, and already hashed unless `plain` was asked for.
      core.relogin = async (call) => {
        core.token = tokenOf(operation, await core.json(operation, call, send, { noRelogin: true }));
      };
      return { token: received };
    },
  };
}
