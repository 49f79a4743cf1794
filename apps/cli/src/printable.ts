/**
 * Text from the server (names, messages, URLs) or from odd local names, made safe to print on a
 * terminal: every control character (C0, DEL and C1) is shown as an escape such as `\x1b` or `\n`,
 * so no name can clear the screen, move the cursor, set the window title or start a row of its
 * own. `--json` output never goes through this: JSON is exact, and escapes control characters itself.
 */

const NAMED: Record<number, string> = { 9: "\\t", 10: "\\n", 13: "\\r" };

function isControl(code: number): boolean {
  return code < 0x20 || (code >= 0x7f && code <= 0x9f);
}

function escapeOf(code: number): string {
  return NAMED[code] ?? `\\x${code.toString(16).padStart(2, "0")}`;
}

/** `text` with each control character replaced by its escape; text without any comes back as is. */
export function printable(text: string): string {
  let out = "";
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (!isControl(code)) continue;
    out += text.slice(start, index) + escapeOf(code);
    start = index + 1;
  }
  return start === 0 ? text : out + text.slice(start);
}
