/** Runs the smoke under a server runtime (Node, Bun, Deno): `<runtime> smoke.mjs <mock URL> <upload bytes>`. */
import { runSmoke } from "./smoke-calls.js";

const runtime = globalThis as { Deno?: { args: string[] }; process?: { argv: string[] } };
const args = runtime.Deno ? runtime.Deno.args : (runtime.process?.argv.slice(2) ?? []);
const [baseUrl = "", bytes = "0"] = args;
console.log(JSON.stringify(await runSmoke(baseUrl, { uploadBytes: Number(bytes) })));
