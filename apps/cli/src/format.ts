/** Human-readable sizes, kinds, rates and durations; tables and fields with every cell made printable. */
import { ObjTypeText } from "@alist-toolkit/client";
import { printable } from "./printable.js";

const UNITS = ["B", "KiB", "MiB", "GiB", "TiB", "PiB"];

/** 1024-based: `512 B`, `1.5 KiB`, `263.3 MiB`. */
export function humanBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 1024) return `${bytes} B`;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}

/** `263.3 MiB (276134947 bytes)` */
export function sizeWithBytes(bytes: number): string {
  return `${humanBytes(bytes)} (${bytes} ${bytes === 1 ? "byte" : "bytes"})`;
}

/** The server's `type`, named as the spec names it (ObjType). fs/get says 0 for folders, so `is_dir` decides first. */
export function kindOf(object: { is_dir: boolean; type: number }): string {
  if (object.is_dir) return "folder";
  return ObjTypeText[object.type] ?? "file";
}

/** `1.2 s`, `3 min 4 s`, `2 h 5 min`. */
export function humanDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "?";
  if (seconds < 60) return `${seconds.toFixed(1)} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes} min ${Math.round(seconds % 60)} s`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `412.5 MiB/s` */
export function humanRate(bytes: number, seconds: number): string {
  return seconds > 0 ? `${humanBytes(Math.round(bytes / seconds))}/s` : "-";
}

/** Aligned `label  value` lines, labels styled by the caller; values are made printable (they may come from the server). */
export function fields(rows: Array<[string, string]>, label: (text: string) => string = (t) => t): string {
  const width = Math.max(...rows.map(([name]) => name.length)) + 2;
  return rows.map(([name, value]) => `${label(name.padEnd(width))}${printable(value)}`).join("\n");
}

/**
 * Columns padded to their widest cell, the header styled by the caller; columns listed in
 * `right` are right-aligned, and the last column is never padded.
 */
export function table(
  header: string[],
  body: string[][],
  options: { right?: number[]; style?: (text: string) => string } = {},
): string {
  // Cells come from the server (names, task errors): no control character reaches the terminal.
  const rows = body.map((row) => row.map(printable));
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]?.length ?? 0)));
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => {
        if (column === cells.length - 1) return cell;
        const width = widths[column] ?? 0;
        return options.right?.includes(column) ? cell.padStart(width) : cell.padEnd(width);
      })
      .join("  ");
  const style = options.style ?? ((text: string) => text);
  return [style(line(header)), ...rows.map(line)].join("\n");
}

/** A server time as `2024-05-17 13:47` (the server's own clock), or `-` for the zero time. */
export function shortTime(time: string): string {
  if (!time || time.startsWith("0001-01-01")) return "-";
  return time.slice(0, 16).replace("T", " ");
}
