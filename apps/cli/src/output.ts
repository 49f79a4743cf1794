/**
 * Where things go: the command's data on stdout (human text, or one JSON document with
 * --json), everything else (messages, progress, --verbose) on stderr. Colour only on a
 * terminal and never when NO_COLOR is set.
 */
import type { Writable } from "node:stream";
import { printable } from "./printable.js";

export interface Stream extends Writable {
  isTTY?: boolean;
}

export interface Output {
  readonly json: boolean;
  readonly stdout: Stream;
  readonly stderr: Stream;
  /** Writes the command's data: `value` as JSON with --json, `text` otherwise. */
  data(value: unknown, text: () => string): void;
  /**
   * For commands whose result is a status, not data: `value` as JSON on stdout with --json,
   * `message` on stderr otherwise (its lines are the caller's: names in it must be made printable).
   */
  status(value: unknown, message: string): void;
  /** A human-only message on stderr (nothing with --json, where the data says it). */
  info(message: string): void;
  /** A warning on stderr, also with --json (stdout stays one JSON document). */
  warn(message: string): void;
  /** Only with --verbose. Callers never pass secrets or header values. */
  verbose(message: string): void;
  /** Bold labels etc. for stdout, when it is a terminal and colour is allowed. */
  readonly style: Style;
  /** The same for stderr. */
  readonly errorStyle: Style;
}

export interface Style {
  bold(text: string): string;
  red(text: string): string;
  dim(text: string): string;
}

export function colorAllowed(stream: Stream, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env.NO_COLOR && env.TERM !== "dumb";
}

function style(enabled: boolean): Style {
  const wrap = (open: number, close: number) => (text: string) =>
    enabled ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  return { bold: wrap(1, 22), red: wrap(31, 39), dim: wrap(2, 22) };
}

export function createOutput(options: {
  json: boolean;
  verbose: boolean;
  stdout: Stream;
  stderr: Stream;
  env: NodeJS.ProcessEnv;
}): Output {
  const { json, verbose, stdout, stderr, env } = options;
  const errorStyle = style(colorAllowed(stderr, env));
  return {
    json,
    stdout,
    stderr,
    style: style(colorAllowed(stdout, env)),
    errorStyle,
    data(value, text) {
      if (json) return void stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      // Nothing to show (an empty folder) prints nothing, not an empty line.
      const shown = text();
      if (shown !== "") stdout.write(`${shown}\n`);
    },
    status(value, message) {
      if (json) stdout.write(`${JSON.stringify(value, null, 2)}\n`);
      else stderr.write(`${message}\n`);
    },
    // One-line messages, which may quote the server or a local name: made printable whole.
    info(message) {
      if (!json) stderr.write(`${printable(message)}\n`);
    },
    warn(message) {
      stderr.write(`${errorStyle.bold("alist:")} warning: ${printable(message)}\n`);
    },
    verbose(message) {
      if (verbose) stderr.write(`${errorStyle.dim(`alist: ${printable(message)}`)}\n`);
    },
  };
}
