/** The README's fenced code blocks, so tests can run the examples exactly as written. */
import { readFileSync } from "node:fs";

export const README_PATH = new URL("../../../README.md", import.meta.url);

export interface CodeBlock {
  /** The info string after the opening fence, e.g. "sh" or "js". */
  lang: string;
  /** The block's text, ending in a newline. */
  code: string;
}

/**
 * The code blocks under `heading` (a whole heading line, e.g. "## The CLI"), up to the next
 * heading of the same or a higher level; subsections are included.
 */
export function readmeBlocks(heading: string, markdown = readFileSync(README_PATH, "utf8")): CodeBlock[] {
  const level = /^#+/.exec(heading)?.[0].length ?? 0;
  const lines = markdown.split("\n");
  const start = lines.indexOf(heading);
  if (level === 0 || start === -1) throw new Error(`README has no heading "${heading}"`);
  const blocks: CodeBlock[] = [];
  let open: CodeBlock | undefined;
  for (const line of lines.slice(start + 1)) {
    if (open) {
      if (line.startsWith("```")) {
        blocks.push(open);
        open = undefined;
      } else open.code += `${line}\n`;
    } else if (line.startsWith("```")) open = { lang: line.slice(3).trim(), code: "" };
    else {
      const lineLevel = /^(#+) /.exec(line)?.[1]?.length;
      if (lineLevel !== undefined && lineLevel <= level) break;
    }
  }
  return blocks;
}
