#!/usr/bin/env node
/**
 * Entry of the `alist` bin. `alist --version` alone is answered here, before commander and the
 * command registrations load (they are most of its start-up); everything else goes to main.ts.
 */
// A module (for the top-level await), with nothing to export.
export {};

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === "--version" || args[0] === "-V")) {
  process.stdout.write(`${__ALIST_VERSION__}\n`);
} else {
  await import("./main.js");
}
