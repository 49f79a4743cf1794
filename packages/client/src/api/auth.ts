/** Login: hashed by default, plain on request, with a distinct error for one-time codes. */
import { AlistInputError, AlistProtocolError } from "../errors.js";
import type { components } from "../generated/schema.js";
import { headerValueProblem } from "../header-values.js";
import type { DataOf } from "../operation-types.js";
import type { CallOptions, Pipeline, UnattendedLogin } from "../pipeline.js";

export type LoginRequest = components["schemas"]["LoginRequest"];

export interface LoginOptions extends CallOptions {
  username: string;
  password: string;
  /** The 6-digit one-time code, for accounts with two-factor authentication. */
  otpCode?: string;
  /** Send the plaintext password to `/api/auth/login` instead of the hash to `/api/auth/login/hash`. */
  plain?: boolean;
}

/** The token of a login answer; one that could not be sent back in a header is refused. */
function tokenOf(operation: string, data: DataOf<"loginHash"> | null): string {
  const token = data?.token;
  if (typeof token !== "string" || token.length === 0) {
    throw new AlistProtocolError(operation, 200, "application/json", "login succeeded without a token");
  }
  const problem = headerValueProblem(token);
  if (problem) throw new AlistProtocolError(operation, 200, "application/json", `login gave a token that ${problem}`);
  return token;
}

/** The login hash of a password: sync under Node (node:crypto), a promise with Web Crypto. */
export type PasswordHasher = (password: string) => string | Promise<string>;

export function authCalls(
  pipeline: Pipeline,
  hash: PasswordHasher,
  unattended?: { login?: UnattendedLogin; onToken?: (token: string) => void },
) {
  const calls = {
    /**
     * Logs in and keeps the token for later calls. Throws `AlistOtpError` on code 402 (ask
     * for the one-time code and call again with `otpCode`), `AlistError` for other refusals.
     */
    async login(request: LoginOptions): Promise<{ token: string }> {
      if (!request.username) throw new AlistInputError("username is required");
      const body: LoginRequest = {
        username: request.username,
        password: request.plain ? request.password : await hash(request.password),
        ...(request.otpCode ? { otp_code: request.otpCode } : {}),
      };
      const operation = request.plain ? "login" : "loginHash";
      const send = (call: CallOptions | undefined, otpSent?: boolean) =>
        pipeline.call(operation, { body }, call, { otpSent, noRelogin: true });
      const received = tokenOf(operation, await send(request, Boolean(request.otpCode)));
      pipeline.token = received;
      unattended?.onToken?.(received);
      // Remembered in memory only, and already hashed unless `plain` was asked for.
      pipeline.relogin = async (call) => {
        pipeline.token = tokenOf(operation, await send(call));
        unattended?.onToken?.(pipeline.token);
      };
      return { token: received };
    },
  };
  const credentials = unattended?.login;
  if (credentials) {
    const given = credentials.password;
    // Asked for once, on the first login: a password read from stdin cannot be read twice.
    let password: Promise<string> | undefined;
    pipeline.relogin = async (call) => {
      password ??= Promise.resolve(typeof given === "string" ? given : given());
      await calls.login({ username: credentials.username, password: await password, ...call });
    };
  }
  return calls;
}
