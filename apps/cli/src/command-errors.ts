/** Failures the CLI itself detects (the client's own errors cover the rest). */

/** Bad options or arguments: exit code 2 (the one class the smoke runner uses too). */
export { UsageError } from "@alist-toolkit/client";

/** No token to send and no saved login for the server: exit code 3. */
export class NotLoggedInError extends Error {
  override name = "NotLoggedInError";
  constructor(
    message: string,
    /** Checks that the server is there at all: one that is down is reported as such, not as a login problem. */
    readonly probe?: () => Promise<void>,
  ) {
    super(message);
  }
}

/** The signals that stop a command cleanly, as Ctrl-C does. */
export type StopSignal = "SIGINT" | "SIGTERM" | "SIGHUP";

/** Ctrl-C (exit code 130), SIGTERM (143) or SIGHUP (129). */
export class InterruptedError extends Error {
  override name = "InterruptedError";
  constructor(readonly signal: StopSignal = "SIGINT") {
    super(signal === "SIGINT" ? "interrupted" : `stopped by ${signal}`);
  }
}

/** The saved login could not be written: a local file problem, exit code 4. */
export class ConfigFileError extends Error {
  override name = "ConfigFileError";
}

/** The server's files are not as the command needs (a file where a folder must be, a folder that exists): exit code 1. */
export class RemoteStateError extends Error {
  override name = "RemoteStateError";
}

/** A command that carried on past failures of some of its items (put -r): exit code 4, with its result. */
export class PartialFailureError extends Error {
  override name = "PartialFailureError";
  constructor(
    message: string,
    /** The command's result document; with --json it is printed along with the error. */
    readonly result: Record<string, unknown>,
  ) {
    super(message);
  }
}
