#!/usr/bin/env node
/**
 * `pnpm mock`: the stateful AList mock on 127.0.0.1 (or `--static`: Prism on the spec) until
 * Ctrl-C, SIGTERM, SIGHUP or the end of the process that started it.
 */
import { parseArgs } from "node:util";
import { watchAncestors } from "./ancestors.js";
import { DEFAULT_SPEC_PATH, DEFAULT_USERS, type RunningMock, readUsersFile, startMock } from "./index.js";

const USAGE = `Usage: pnpm mock [--static] [--port N] [--host H] [options]

Stateful (default): an AList with an in-memory file tree (a media library, or --seed-dir),
users, tokens and tasks. Requests and answers are checked against the spec.
  --seed-dir DIR     serve DIR as /local (read only: changes stay in the mock)
  --users FILE       accounts: JSON [{username, password, role?, permission?, base_path?, otp_secret?}]
  --guest            let requests without a token in, as the guest
  --latency MS       delay every /api answer
  --fail-rate R      answer this share (0-1) of /api calls with an in-body error (--seed S)
  --loading MS       answer "Loading storage, please wait" for the first MS
  --copy-ms MS       how long a copy between storages runs (default 3000)
Static (--static): Prism serves the spec's examples; pick one with "Prefer: example=NAME".
  --spec FILE        the spec to serve (default ${DEFAULT_SPEC_PATH})
Both: --port (default 4010), --host (default 127.0.0.1), --verbose.`;

function fail(message: string): never {
  console.error(`alist-mock: ${message}\n\n${USAGE}`);
  process.exit(2);
}

const options = {
  static: { type: "boolean" },
  port: { type: "string", short: "p" },
  host: { type: "string" },
  spec: { type: "string" },
  "seed-dir": { type: "string" },
  users: { type: "string" },
  guest: { type: "boolean" },
  latency: { type: "string" },
  "fail-rate": { type: "string" },
  seed: { type: "string" },
  loading: { type: "string" },
  "copy-ms": { type: "string" },
  verbose: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
} as const;

let values: ReturnType<typeof parseArgs<{ options: typeof options }>>["values"];
try {
  ({ values } = parseArgs({ options }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function number(name: string, raw: string | undefined, max = Number.MAX_SAFE_INTEGER): number | undefined {
  if (raw === undefined) return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > max)
    fail(`--${name} must be a number from 0 to ${max}, got ${raw}`);
  return value;
}

const port = number("port", values.port ?? process.env.MOCK_PORT ?? "4010", 65535) as number;
if (!Number.isInteger(port)) fail(`--port must be 0-65535, got ${values.port}`);
const host = values.host ?? "127.0.0.1";
const onLog = values.verbose ? (line: string) => console.error(line) : undefined;

let mock: RunningMock;
try {
  if (values.static) {
    mock = await startMock({ mode: "static", port, host, specPath: values.spec ?? DEFAULT_SPEC_PATH, onLog });
    console.log(`AList mock (static, Prism) listening on ${mock.url} (Ctrl-C to stop)`);
  } else {
    const users = values.users ? readUsersFile(values.users) : DEFAULT_USERS;
    mock = await startMock({
      mode: "stateful",
      port,
      host,
      users,
      guest: values.guest === true,
      seedDir: values["seed-dir"],
      latencyMs: number("latency", values.latency),
      failRate: number("fail-rate", values["fail-rate"], 1),
      seed: number("seed", values.seed),
      loadingMs: number("loading", values.loading),
      copyMs: number("copy-ms", values["copy-ms"]),
      onLog: (line) => console.error(line),
    });
    const login = values.users ? `the accounts in ${values.users}` : "admin / admin (read only: reader / reader)";
    console.log(`AList mock (stateful) listening on ${mock.url}\nlogin: ${login} (Ctrl-C to stop)`);
  }
} catch (error) {
  console.error(`alist-mock: ${(error as Error).message}`);
  process.exit(1);
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await mock.stop();
  process.exit(0);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.once(signal, stop);
// When whatever started the mock goes (its shell, pnpm, npx), whatever killed it, so does the mock.
watchAncestors(() => void stop());
