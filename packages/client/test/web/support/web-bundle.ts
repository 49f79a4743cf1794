/**
 * Bundles the web entry for the browser with esbuild (`platform: "browser"`): any `node:`
 * import, or a bare Node built-in, anywhere in its graph fails the build.
 */
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";

const builtins = new Set(builtinModules);

const refuseNode: Plugin = {
  name: "refuse-node",
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, "");
      if (args.path.startsWith("node:") || builtins.has(bare.split("/")[0] ?? "")) {
        return { errors: [{ text: `Node module "${args.path}" imported by ${args.importer}` }] };
      }
      return undefined;
    });
  },
};

/** The bundle of `entry` (a path relative to this folder) as one ESM script. */
export async function bundleForBrowser(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    platform: "browser",
    format: globalName ? "iife" : "esm",
    ...(globalName ? { globalName } : {}),
    target: "es2022",
    write: false,
    logLevel: "silent",
    plugins: [refuseNode],
  });
  return result.outputFiles[0]?.text ?? "";
}
