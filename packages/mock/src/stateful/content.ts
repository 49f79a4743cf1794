/** Reading a file's bytes, whole or a range, whatever holds them. */
import { createReadStream } from "node:fs";
import { Readable } from "node:stream";
import type { Content } from "./tree.js";

const BLOCK = 64 * 1024;

/** A deterministic 64 KiB block per seed: generated videos repeat it. */
function patternBlock(seed: number): Buffer {
  const block = Buffer.alloc(BLOCK);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < BLOCK; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    block[i] = state >>> 24;
  }
  return block;
}

/** Bytes `start` to `end` inclusive. */
export function readContent(content: Content, start: number, end: number): Readable {
  if (end < start) return Readable.from([]);
  if (content.kind === "bytes") return Readable.from([content.bytes.subarray(start, end + 1)]);
  if (content.kind === "disk") return createReadStream(content.path, { start, end });
  const block = patternBlock(content.seed);
  let offset = start;
  return new Readable({
    read() {
      if (offset > end) {
        this.push(null);
        return;
      }
      const at = offset % BLOCK;
      const length = Math.min(BLOCK - at, end - offset + 1);
      this.push(block.subarray(at, at + length));
      offset += length;
    },
  });
}

/** Parses a single `bytes=` range against a size; undefined for none, "invalid" for unsatisfiable. */
export function parseRange(
  header: string | undefined,
  size: number,
): { start: number; end: number } | undefined | "invalid" {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, from = "", to = ""] = match;
  if (from === "" && to === "") return "invalid";
  let start: number;
  let end: number;
  if (from === "") {
    start = Math.max(0, size - Number(to));
    end = size - 1;
  } else {
    start = Number(from);
    end = to === "" ? size - 1 : Math.min(Number(to), size - 1);
  }
  if (start >= size || start > end) return "invalid";
  return { start, end };
}
