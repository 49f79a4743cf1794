/**
 * Row 4: 2,000 sequential fs/get through the client against a minimal local server, and the
 * same requests with plain node:http (keep-alive, JSON in and out), in the same process.
 */
import http from "node:http";
import { createAlistClient } from "@alist-toolkit/client";
import { startFixture } from "../processes.mjs";
import { repeat, spread, summarize } from "../stats.mjs";

const REQUESTS = 2_000;

function plainFsGet(agent, url, path) {
  const body = JSON.stringify({ path });
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/fs/get`,
      {
        method: "POST",
        agent,
        headers: {
          Authorization: "bench-token",
          "Content-Type": "application/json",
          "Content-Length": Buffer.byteLength(body),
        },
      },
      (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => {
          const envelope = JSON.parse(Buffer.concat(chunks).toString("utf8"));
          if (envelope.code !== 200) reject(new Error(envelope.message));
          else resolve(envelope.data);
        });
      },
    );
    req.once("error", reject);
    req.end(body);
  });
}

async function timed(fn) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < REQUESTS; i++) await fn(i);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export async function overheadRows({ runs, warmup }) {
  const server = await startFixture("fsget");
  try {
    const client = createAlistClient({ baseUrl: server.url, token: "bench-token" });
    const agent = new http.Agent({ keepAlive: true });
    const ours = [];
    const plain = [];
    let round = 0;
    await repeat(runs, warmup, async () => {
      const measureOurs = async () => ours.push(await timed((i) => client.fsGet({ path: `/local/file-${i}.mkv` })));
      const measurePlain = async () =>
        plain.push(await timed((i) => plainFsGet(agent, server.url, `/local/file-${i}.mkv`)));
      // Alternate which side goes first, so neither always inherits the other's garbage.
      if (round++ % 2 === 0) {
        await measureOurs();
        await measurePlain();
      } else {
        await measurePlain();
        await measureOurs();
      }
    });
    agent.destroy();
    const keep = (list) => summarize(list.slice(warmup));
    const ratios = summarize(ours.slice(warmup).map((ms, i) => ms / plain[warmup + i]));
    return [
      {
        row: 4,
        measure: `${REQUESTS} sequential fs/get through the client, ms`,
        ours: spread(keep(ours), 0),
        baseline: `plain node:http: ${spread(keep(plain), 0)}`,
        ratio: `${spread(ratios, 2)}x`,
        goal: "<= 1.10x",
        met: ratios.median <= 1.1,
      },
    ];
  } finally {
    await server.stop();
  }
}
