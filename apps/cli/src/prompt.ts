/**
 * Questions on the terminal. The password prompt switches the terminal to raw mode so
 * nothing typed is echoed; it takes its streams as arguments so tests can drive it.
 */
import { createInterface } from "node:readline";
import type { Writable } from "node:stream";
import { InterruptedError, UsageError } from "./command-errors.js";

export interface TerminalInput extends NodeJS.ReadableStream {
  isTTY?: boolean;
  isRaw?: boolean;
  setRawMode?(mode: boolean): unknown;
}

/** Asks for a secret without echoing it. Ctrl-C rejects with InterruptedError, Ctrl-D on an empty line with UsageError. */
export function promptHidden(question: string, input: TerminalInput, output: Writable): Promise<string> {
  if (!input.setRawMode) return Promise.reject(new UsageError("cannot ask for a password: stdin is not a terminal"));
  const wasRaw = Boolean(input.isRaw);
  // Echo goes off before the question appears, so nothing typed after it can show.
  input.setRawMode(true);
  output.write(question);
  input.setEncoding("utf8");
  input.resume();
  return new Promise((resolve, reject) => {
    let value = "";
    let inEscape = false;
    const done = (settle: () => void) => {
      input.off("data", onData);
      input.setRawMode?.(wasRaw);
      input.pause();
      output.write("\n");
      settle();
    };
    const onData = (chunk: string | Buffer) => {
      for (const char of String(chunk)) {
        if (inEscape) {
          // Skip a terminal escape sequence (arrow keys etc.) up to its final letter or ~.
          if (/[A-Za-z~]/.test(char)) inEscape = false;
          continue;
        }
        if (char === "\r" || char === "\n") return done(() => resolve(value));
        if (char === "\u0003") return done(() => reject(new InterruptedError()));
        if (char === "\u0004") {
          if (value === "") return done(() => reject(new UsageError("no password given")));
          continue;
        }
        if (char === "\u007f" || char === "\b") value = Array.from(value).slice(0, -1).join("");
        else if (char === "\u0015") value = "";
        else if (char === "\u001b") inEscape = true;
        else if (char >= " ") value += char;
      }
    };
    input.on("data", onData);
  });
}

/** Asks a visible question (a user name, a one-time code) and returns the trimmed answer. */
export async function promptLine(question: string, input: NodeJS.ReadableStream, output: Writable): Promise<string> {
  const rl = createInterface({ input, output, terminal: false });
  try {
    output.write(question);
    const answer = await new Promise<string>((resolve, reject) => {
      rl.once("line", resolve);
      rl.once("close", () => reject(new UsageError("no answer given")));
    });
    return answer.trim();
  } finally {
    rl.close();
  }
}

/** Reads all of stdin (for --password-stdin), dropping one trailing line break. */
export async function readAll(input: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of input) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}
