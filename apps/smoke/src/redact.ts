/** Keeps secrets out of everything a run reports, whatever a server or an error echoes. */

export function redactor(secrets: Array<string | undefined>): (text: string) => string {
  const known = [...new Set(secrets.filter((s): s is string => typeof s === "string" && s.length > 0))];
  // Longest first, so a secret that contains another is hidden whole.
  known.sort((a, b) => b.length - a.length);
  return (text) => known.reduce((out, secret) => out.split(secret).join("[redacted]"), text);
}
