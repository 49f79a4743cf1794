#!/usr/bin/env node
/** `pnpm mock`: serves the spec with Prism on 127.0.0.1 until Ctrl-C. */
import { parseArgs } from "node:util";
import { DEFAULT_SPEC_PATH, startMock } from "./index.js";

const USAGE = `Usage: pnpm mock [--port N] [--host H] [--spec FILE] [--verbose]

Serves the AList API spec with Prism. Answers come from the spec's examples; pick one with
the header "Prefer: example=NAME" (e.g. example=tokenInvalidated). Requests that break the
contract are refused (422 bad body or header, 401 no token, 415 wrong content type).
Defaults: --host 127.0.0.1, --port 4010, --spec ${DEFAULT_SPEC_PATH}`;

function fail(message: string): never {
  console.error(`alist-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

let values: { port?: string; host?: string; spec?: string; verbose?: boolean; help?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      spec: { type: "string" },
      verbose: { type: "boolean", short: "v" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const port = Number(values.port ?? process.env.MOCK_PORT ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be 0-65535, got ${values.port}`);

try {
  const mock = await startMock({
    port,
    host: values.host ?? "127.0.0.1",
    specPath: values.spec ?? DEFAULT_SPEC_PATH,
    onLog: values.verbose ? (line) => console.error(line) : undefined,
  });
  console.log(`AList mock listening on ${mock.url} (Ctrl-C to stop)`);
  const stop = async () => {
    await mock.stop();
    process.exit(0);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  console.error(`alist-mock: ${(error as Error).message}`);
  process.exit(1);
}
