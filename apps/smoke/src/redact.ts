/** Keeps secrets out of everything a run reports, whatever a server or an error echoes. */

export type Redact = (text: string) => string;

/** The forms a secret can take in a report: as is, and escaped inside a JSON string. */
function forms(secret: string): string[] {
  return [secret, JSON.stringify(secret).slice(1, -1)];
}

/**
 * Replaces every secret with `[redacted]`. `secrets` is read at each call, so a token obtained
 * later (at login) is hidden too. Apply it before any normalising (whitespace folding,
 * escaping): a secret with a newline no longer matches once the newline became a space.
 */
export function redactor(secrets: Array<string | undefined> | (() => Array<string | undefined>)): Redact {
  const read = typeof secrets === "function" ? secrets : () => secrets;
  return (text) => {
    const known = [...new Set(read().filter((s): s is string => typeof s === "string" && s.length > 0))]
      .flatMap(forms)
      // Longest first, so a secret that contains another is hidden whole.
      .sort((a, b) => b.length - a.length);
    return known.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
  };
}
