/**
 * Every failure the client reports is one of these classes, so callers (and the CLI's exit
 * codes) can tell a server's "no" from a broken answer, a local problem or a dead network.
 * Messages never contain the token or a password.
 */

/** The base of every error this package throws. */
export class AlistToolkitError extends Error {
  override name = "AlistToolkitError";
}

const LOGIN_OPERATIONS: ReadonlySet<string> = new Set(["login", "loginHash"]);

/** The server answered with an envelope whose `code` is not 200. */
export class AlistError extends AlistToolkitError {
  override name = "AlistError";
  constructor(
    /** The application status from the body (the HTTP status is 200). */
    readonly code: number,
    /** The server's message, verbatim. */
    readonly serverMessage: string,
    /** The operationId that failed, e.g. `fsGet`. */
    readonly operation: string,
    /** What the client adds, e.g. why it could not recover. */
    readonly hint?: string,
  ) {
    super(`${operation}: ${serverMessage} (code ${code})${hint ? `; ${hint}` : ""}`);
  }

  /**
   * Auth problems: 401 (bad or expired token), 402 (one-time code), 429 (locked out), and a
   * login refused with code 400, which is how alist v3.45 answers a wrong user name or password
   * (OpenList v4 says 401 for the same).
   */
  get isAuthError(): boolean {
    if (this.code === 400 && LOGIN_OPERATIONS.has(this.operation)) return true;
    return this.code === 401 || this.code === 402 || this.code === 429;
  }
}

/**
 * Login answered code 402: the account has two-factor authentication on and the one-time
 * code was missing (`otpRequired`) or wrong. Prompt for it and log in again with `otpCode`.
 */
export class AlistOtpError extends AlistError {
  override name = "AlistOtpError";
  constructor(
    serverMessage: string,
    operation: string,
    /** True when no code was sent, false when the one sent was rejected. */
    readonly otpRequired: boolean,
  ) {
    super(402, serverMessage, operation);
  }
}

/**
 * The answer was not an AList envelope: HTML from a wrong route or method, an empty HTTP 405
 * or 500, truncated or malformed JSON. Something other than the API answered.
 */
export class AlistProtocolError extends AlistToolkitError {
  override name = "AlistProtocolError";
  constructor(
    readonly operation: string,
    readonly status: number,
    readonly contentType: string,
    /** Why the answer was refused, e.g. "text/html instead of JSON". */
    readonly reason: string,
  ) {
    super(`${operation}: the server did not answer as the AList API does: ${reason} (HTTP ${status})`);
  }
}

/** The server could not be reached or the connection broke. */
export class AlistNetworkError extends AlistToolkitError {
  override name = "AlistNetworkError";
  /** What went wrong, without the operation or server, e.g. "connection refused". */
  readonly reason: string;
  /** The host that could not be reached (`http://127.0.0.1:5244`), when known. */
  readonly origin: string | undefined;
  constructor(
    readonly operation: string,
    /** The message without the operation, e.g. `http://127.0.0.1:5244: connection refused`. */
    readonly detail: string,
    options?: { cause?: unknown; reason?: string; origin?: string },
  ) {
    super(`${operation}: ${detail}`, options);
    this.reason = options?.reason ?? detail;
    this.origin = options?.origin;
  }
}

/**
 * No answer within the timeout, or (`idle`) an upload or download that moved no byte for
 * its idle timeout.
 */
export class AlistTimeoutError extends AlistToolkitError {
  override name = "AlistTimeoutError";
  /** The message without the operation, e.g. `no answer within 30000 ms`. */
  readonly detail: string;
  constructor(
    readonly operation: string,
    readonly timeoutMs: number,
    /** True when the idle (no-progress) timeout fired rather than the total one. */
    readonly idle = false,
  ) {
    const detail = idle ? `no data moved for ${timeoutMs} ms` : `no answer within ${timeoutMs} ms`;
    super(`${operation}: ${detail}`);
    this.detail = detail;
  }
}

/** A local file could not be used: missing, a folder, unreadable, or changed while sent. */
export class LocalFileError extends AlistToolkitError {
  override name = "LocalFileError";
  constructor(
    readonly path: string,
    /** What is wrong with the file, without its path, e.g. "no such file". */
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${path}: ${detail}`, options);
  }
}

/** The caller's input was refused before anything was sent (e.g. a `..` in a remote path). */
export class AlistInputError extends AlistToolkitError {
  override name = "AlistInputError";
}

/**
 * Bad options or arguments given to a program built on the client (the CLI, the smoke runner),
 * which both answer with exit code 2. An AlistInputError: nothing was sent.
 */
export class UsageError extends AlistInputError {
  override name = "UsageError";
}
