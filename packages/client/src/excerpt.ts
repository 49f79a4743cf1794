/**
 * A body quoted in an error message: whitespace squeezed and, when too long, cut where a word
 * or a JSON member ends, with an ellipsis, so the quoted part still says what it says.
 */

/** Room for a whole JSON error (Prism's problem documents run to about 200 characters). */
export const JSON_EXCERPT_LIMIT = 400;
/** Room for a sentence or two of a text or HTML page. */
export const TEXT_EXCERPT_LIMIT = 160;

/** `limit` defaults to the room a body of its kind needs: JSON gets enough for a whole error. */
export function excerpt(text: string, limit = looksLikeJson(text) ? JSON_EXCERPT_LIMIT : TEXT_EXCERPT_LIMIT): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= limit) return flat;
  // The last boundary within the limit: before a space, or after a comma or semicolon. One
  // further back than half the room is not worth it: a long unbroken token is cut where it is.
  for (let end = limit; end > limit / 2; end -= 1) {
    const before = flat[end - 1];
    if (flat[end] === " " || before === "," || before === ";") return `${flat.slice(0, end).trimEnd()}…`;
  }
  return `${flat.slice(0, limit)}…`;
}

function looksLikeJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
