/**
 * Turns any failure into what the user sees: one line on stderr, the documented exit code,
 * and with --json an `{ error: { kind, message, code? } }` document. Lines are built from
 * the errors' fields; none of them carries a token or a password.
 */
import {
  AlistError,
  AlistInputError,
  AlistNetworkError,
  AlistOtpError,
  AlistProtocolError,
  AlistTimeoutError,
  describeError,
  LocalFileError,
} from "@alist-toolkit/client";
import {
  ConfigFileError,
  InterruptedError,
  NotLoggedInError,
  PartialFailureError,
  RemoteStateError,
  UsageError,
} from "./command-errors.js";
import { EXIT, type ExitCode } from "./exit-codes.js";

export interface Failure {
  exitCode: ExitCode;
  kind: string;
  /** The line after `alist: `. */
  message: string;
  /** The server's code, for API errors. */
  code?: number;
  /** The command's result, printed with the error under --json (put -r's summary). */
  result?: Record<string, unknown>;
}

export interface FailureScene {
  /** What was being done, e.g. `stat /a.txt` or `put ./x.bin`. */
  what: string;
  /** The server's address, once known. */
  server?: string | undefined;
  /** Said after "interrupted", e.g. that the remote file may be incomplete. */
  interruptNote?: string;
}

const SIGNAL_EXIT = { SIGINT: EXIT.interrupted, SIGTERM: EXIT.terminated, SIGHUP: EXIT.hangup } as const;

const UNREACHABLE = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "ETIMEDOUT"]);

/** The first Node error code along the `cause` chain. */
function causeCode(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 8; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function apiFailure(error: AlistError, scene: FailureScene): Failure {
  let hint = "";
  if (error instanceof AlistOtpError && error.otpRequired) hint = ": pass --otp CODE";
  else if (error.code === 401 && scene.what !== "login") hint = ": log in again with `alist login`";
  return {
    exitCode: error.isAuthError ? EXIT.auth : EXIT.server,
    kind: error.isAuthError ? "auth" : "api",
    message: `${scene.what}: ${describeError(error)}${hint}`,
    code: error.code,
  };
}

/**
 * The server URL without a trailing `/api`, when it has one: the client adds `/api` to every
 * call itself, so such a URL misses every route.
 */
export function withoutApiSuffix(server: string | undefined): string | undefined {
  if (!server) return undefined;
  try {
    const url = new URL(server);
    if (!/\/api\/?$/i.test(url.pathname)) return undefined;
    url.pathname = url.pathname.replace(/\/api\/?$/i, "") || "/";
    return url.href.replace(/\/$/, "");
  } catch {
    return undefined;
  }
}

export function describeFailure(error: unknown, scene: FailureScene): Failure {
  const server = scene.server ?? "the server";
  if (error instanceof AlistError) return apiFailure(error, scene);
  // Not an /api call: the bytes may come from another host (the storage's link), which the message names.
  if (error instanceof AlistProtocolError && error.operation === "download") {
    return { exitCode: EXIT.server, kind: "protocol", message: `${scene.what}: the download failed: ${error.reason}` };
  }
  if (error instanceof AlistNetworkError && error.operation === "download") {
    return {
      exitCode: EXIT.server,
      kind: "network",
      message: `${scene.what}: the download failed: ${describeError(error)}`,
    };
  }
  const fixed = withoutApiSuffix(scene.server);
  if (error instanceof AlistProtocolError && fixed) {
    // The point goes first and whole; the answer's body would only say "no such route".
    const type = error.contentType.split(";")[0]?.trim() || "no content type";
    return {
      exitCode: EXIT.server,
      kind: "protocol",
      message: `${server} did not answer as the AList API does (HTTP ${error.status}, ${type}): leave /api out of the server URL (the CLI adds it): --server ${fixed}`,
    };
  }
  if (error instanceof AlistProtocolError) {
    return {
      exitCode: EXIT.server,
      kind: "protocol",
      message: `${server} did not answer as the AList API does: ${error.reason}${error.reason.startsWith("HTTP ") ? "" : ` (HTTP ${error.status})`}`,
    };
  }
  if (error instanceof AlistNetworkError) {
    const unreachable = UNREACHABLE.has(causeCode(error.cause) ?? "");
    return {
      exitCode: EXIT.server,
      kind: "network",
      message: unreachable
        ? `cannot reach ${server}: ${error.reason}`
        : `${scene.what}: lost the connection to ${server}: ${error.reason}`,
    };
  }
  if (error instanceof AlistTimeoutError && error.idle) {
    // Not the whole-call limit: pointing at --timeout would send the user to the wrong option.
    return {
      exitCode: EXIT.server,
      kind: "timeout",
      message: `${scene.what}: no data moved for ${error.timeoutMs / 1000} s (see --idle-timeout)`,
    };
  }
  if (error instanceof AlistTimeoutError) {
    return {
      exitCode: EXIT.server,
      kind: "timeout",
      message: `${scene.what}: ${server} did not answer within ${error.timeoutMs / 1000} s (see --timeout)`,
    };
  }
  if (error instanceof LocalFileError) {
    // Named unless the scene already names the file (`put ./x.bin`).
    const file = scene.what.split(" ").includes(error.path) ? "" : `${error.path}: `;
    return { exitCode: EXIT.localFile, kind: "local-file", message: `${scene.what}: ${file}${error.detail}` };
  }
  if (error instanceof PartialFailureError) {
    return {
      exitCode: EXIT.localFile,
      kind: "partial",
      message: `${scene.what}: ${error.message}`,
      result: error.result,
    };
  }
  if (error instanceof RemoteStateError) {
    return { exitCode: EXIT.server, kind: "remote", message: `${scene.what}: ${error.message}` };
  }
  if (error instanceof ConfigFileError) {
    return { exitCode: EXIT.localFile, kind: "local-file", message: `${scene.what}: ${error.message}` };
  }
  if (error instanceof AlistInputError || error instanceof UsageError) {
    return { exitCode: EXIT.usage, kind: "usage", message: `${scene.what}: ${error.message}` };
  }
  if (error instanceof NotLoggedInError) {
    return { exitCode: EXIT.auth, kind: "not-logged-in", message: `${scene.what}: ${error.message}` };
  }
  if (error instanceof InterruptedError) {
    return {
      exitCode: SIGNAL_EXIT[error.signal],
      kind: "interrupted",
      message: `${scene.what}: ${error.message}${scene.interruptNote ? `; ${scene.interruptNote}` : ""}`,
    };
  }
  return { exitCode: EXIT.server, kind: "internal", message: `${scene.what}: ${describeError(error)}` };
}
