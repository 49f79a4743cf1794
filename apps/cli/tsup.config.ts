import { readFileSync } from "node:fs";
import { defineConfig } from "tsup";

const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };

export default defineConfig({
  entry: { alist: "src/alist.ts" },
  format: ["esm"],
  target: "node20",
  platform: "node",
  // Everything, the client included, is bundled: the bin needs no node_modules at run time.
  noExternal: [/.*/],
  // Each command's code (and the client, cli-progress) sits in chunks loaded on first use,
  // so `alist --version` and `--help` only evaluate the entry and commander.
  splitting: true,
  clean: true,
  define: {
    __ALIST_VERSION__: JSON.stringify(version),
    // openapi-fetch reads process.versions.undici on every createClient() only to decide whether
    // to pass `requestInitExt` on to fetch; the client never sets it. On Node 20 that property is a
    // getter that loads Node's whole fetch implementation (undici, about 20 ms of every command).
    "process.versions.undici": "undefined",
  },
  // Bundled CommonJS (commander, cli-progress) calls require() for Node built-ins.
  banner: {
    js: 'import { createRequire as __createRequire } from "node:module";\nconst require = __createRequire(import.meta.url);',
  },
});
