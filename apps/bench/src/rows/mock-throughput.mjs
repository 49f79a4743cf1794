/**
 * Row 6: the stateful mock against the static one (Prism), each in its own process on 127.0.0.1:
 * start time (spawn to "listening" on stdout), and 50 concurrent clients for 20 s of fs/list and
 * fs/get, the same requests to both (autocannon). Every answer must be HTTP 200 with code 200.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { repeat, spread, summarize } from "../stats.mjs";

const MOCK_CLI = fileURLToPath(new URL("../../../../packages/mock/dist/cli.js", import.meta.url));
const CONNECTIONS = 50;

/** Starts the mock CLI on a free port; resolves when it says it listens. */
function startMock(args) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [MOCK_CLI, "--port", "0", ...args], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the mock exited (code ${code}) before it listened: ${out}`)));
    const onData = (chunk) => {
      out += chunk;
      const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
      if (!url) return;
      child.stdout.off("data", onData);
      child.removeAllListeners("exit");
      resolve({
        url,
        startMs: performance.now() - started,
        stop: () => new Promise((done) => child.once("exit", done).kill("SIGTERM")),
      });
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.resume();
  });
}

async function call(url, path, body, token) {
  const res = await fetch(`${url}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...(token ? { Authorization: token } : {}) },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status !== 200 || json.code !== 200) throw new Error(`${path}: HTTP ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const LIST = { path: "/local/Movies" };
const GET = { path: "/local/README.md" };

async function load(mock, seconds) {
  const login = await call(mock.url, "/api/auth/login", { username: "admin", password: "admin" });
  const token = login.data.token;
  // Both answer these two with code 200 before the load starts.
  await call(mock.url, "/api/fs/list", LIST, token);
  await call(mock.url, "/api/fs/get", GET, token);
  const headers = { "Content-Type": "application/json", Authorization: token };
  const result = await autocannon({
    url: mock.url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      { method: "POST", path: "/api/fs/list", headers, body: JSON.stringify(LIST) },
      { method: "POST", path: "/api/fs/get", headers, body: JSON.stringify(GET) },
    ],
  });
  return {
    rps: result.requests.average,
    total: result.requests.total,
    failed: result.errors + result.timeouts + result.non2xx,
    p99: result.latency.p99,
  };
}

export async function mockThroughputRows({ runs, warmup, seconds = 20 }) {
  const starts = { stateful: [], static: [] };
  await repeat(Math.min(runs, 5), warmup, async () => {
    for (const [kind, args] of [
      ["stateful", []],
      ["static", ["--static"]],
    ]) {
      const mock = await startMock(args);
      starts[kind].push(mock.startMs);
      await mock.stop();
    }
  });
  const loads = {};
  for (const [kind, args] of [
    ["stateful", []],
    ["static", ["--static"]],
  ]) {
    const mock = await startMock(args);
    try {
      loads[kind] = await load(mock, seconds);
    } finally {
      await mock.stop();
    }
  }
  const start = (kind) => summarize(starts[kind].slice(warmup));
  const ratio = loads.stateful.rps / loads.static.rps;
  const failed = loads.stateful.failed + loads.static.failed;
  const shown = (l) => `${Math.round(l.rps)} req/s (${l.total} requests, p99 ${l.p99} ms, ${l.failed} errors)`;
  return [
    {
      row: 6,
      measure: "mock start, ms (spawn to listening)",
      ours: `stateful: ${spread(start("stateful"), 0)}`,
      baseline: `Prism: ${spread(start("static"), 0)}`,
      ratio: `${(start("static").median / start("stateful").median).toFixed(1)}x faster`,
      goal: "< 500 ms",
      met: start("stateful").median < 500,
    },
    {
      row: 6,
      measure: `mock throughput, ${CONNECTIONS} clients x ${seconds} s of fs/list + fs/get`,
      ours: `stateful: ${shown(loads.stateful)}`,
      baseline: `Prism: ${shown(loads.static)}`,
      ratio: `${ratio.toFixed(1)}x`,
      goal: ">= 5x, no errors",
      met: ratio >= 5 && failed === 0,
    },
  ];
}
