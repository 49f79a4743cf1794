import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { InterruptedError, UsageError } from "../../src/command-errors.js";
import { promptHidden, promptLine, readAll } from "../../src/prompt.js";

/** A stand-in terminal: what is typed, what is shown, and every raw-mode switch. */
function terminal() {
  const input = Object.assign(new PassThrough(), {
    isTTY: true,
    isRaw: false,
    modes: [] as boolean[],
    setRawMode(mode: boolean) {
      this.isRaw = mode;
      this.modes.push(mode);
      return this;
    },
  });
  const output = new PassThrough();
  let shown = "";
  output.on("data", (chunk) => {
    shown += chunk;
  });
  return { input, output, shown: () => shown };
}

describe("promptHidden", () => {
  it("reads a line in raw mode without echoing it, then restores the terminal", async () => {
    const term = terminal();
    const answer = promptHidden("Password: ", term.input, term.output);
    term.input.write("correct horse\r");
    await expect(answer).resolves.toBe("correct horse");
    expect(term.shown()).toBe("Password: \n");
    expect(term.input.modes).toEqual([true, false]);
  });

  it.each([
    ["backspace", "abcd\u007f\u007fxy\r", "abxy"],
    ["Ctrl-U clears the line", "abc\u0015def\n", "def"],
    ["arrow keys are ignored", "ab\u001b[Dc\r", "abc"],
    ["other control characters are dropped", "a\u0001b\u0004c\r", "abc"],
    ["text typed in pieces", "pa", "pa"],
  ])("%s", async (_name, typed, expected) => {
    const term = terminal();
    const answer = promptHidden("Password: ", term.input, term.output);
    term.input.write(typed);
    if (!typed.endsWith("\r") && !typed.endsWith("\n")) term.input.write("\r");
    await expect(answer).resolves.toBe(expected);
    expect(term.shown()).toBe("Password: \n");
  });

  it("Ctrl-C is an interruption, and the terminal is restored", async () => {
    const term = terminal();
    const answer = promptHidden("Password: ", term.input, term.output);
    term.input.write("abc\u0003");
    await expect(answer).rejects.toBeInstanceOf(InterruptedError);
    expect(term.input.modes).toEqual([true, false]);
  });

  it("Ctrl-D on an empty line gives up", async () => {
    const term = terminal();
    const answer = promptHidden("Password: ", term.input, term.output);
    term.input.write("\u0004");
    await expect(answer).rejects.toThrow(new UsageError("no password given"));
  });

  it("refuses a stream that is not a terminal", async () => {
    await expect(promptHidden("Password: ", new PassThrough(), new PassThrough())).rejects.toBeInstanceOf(UsageError);
  });
});

describe("promptLine and readAll", () => {
  it("promptLine shows the question and trims the answer", async () => {
    const term = terminal();
    const answer = promptLine("Username: ", term.input, term.output);
    term.input.write("  admin \n");
    await expect(answer).resolves.toBe("admin");
    expect(term.shown()).toBe("Username: ");
  });

  it("promptLine fails when input ends first", async () => {
    const term = terminal();
    const answer = promptLine("Username: ", term.input, term.output);
    term.input.end();
    await expect(answer).rejects.toBeInstanceOf(UsageError);
  });

  it.each([
    ["pw\n", "pw"],
    ["pw\r\n", "pw"],
    ["pw", "pw"],
    ["  spaced pw  \n\n", "  spaced pw  \n"],
  ])("readAll(%j) drops one trailing line break only", async (text, expected) => {
    const input = new PassThrough();
    input.end(text);
    await expect(readAll(input)).resolves.toBe(expected);
  });
});
