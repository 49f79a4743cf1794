/**
 * Text for a terminal: C0, DEL and C1 control characters are shown escaped (`\x1b`, `\n`), so a
 * server-provided name cannot move the cursor, set the title or forge a row.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching exactly these is the point
const CONTROL = /[\u0000-\u001F\u007F-\u009F]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

export function terminalSafe(text: string): string {
  return text.replace(CONTROL, (char) => NAMED[char] ?? `\\x${char.charCodeAt(0).toString(16).padStart(2, "0")}`);
}
