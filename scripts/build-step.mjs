/**
 * Which part of a package's build this tsup run makes, from the package script that started it:
 * `build:js` the JavaScript only (what tests run), `build:types` the declarations only (what
 * typecheck, check-package and the packed tarballs need), anything else (`build`, tsup run by
 * hand) both. Splitting them lets `pnpm test` start the tests before the declaration builds,
 * each a TypeScript program of its own, have finished.
 */
export function buildStep() {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by pnpm for the script it runs, not a turbo input
  const script = process.env.npm_lifecycle_event;
  return script === "build:js" ? "js" : script === "build:types" ? "types" : "all";
}

/**
 * tsup's `dts` option for this step, from the one the full build uses: none for `build:js`;
 * the same with `only` for `build:types`, so the JavaScript already in dist/ is left as it is.
 */
export function dtsFor(step, dts = {}) {
  if (step === "js") return false;
  const options = dts === true ? {} : dts;
  return step === "types" ? { ...options, only: true } : options;
}
