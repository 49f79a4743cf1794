// Loaded with `node --import`: appends the URL of every file module the process loads to
// $ALIST_TEST_LOAD_LOG, so tests can tell which parts of the bundle a command evaluates.
import { appendFileSync } from "node:fs";
import { register } from "node:module";
import { isMainThread } from "node:worker_threads";

if (isMainThread) register(import.meta.url);

export async function load(url, context, nextLoad) {
  if (url.startsWith("file:") && process.env.ALIST_TEST_LOAD_LOG) {
    appendFileSync(process.env.ALIST_TEST_LOAD_LOG, `${url}\n`);
  }
  return nextLoad(url, context);
}
