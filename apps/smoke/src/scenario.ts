/**
 * The scenario: reachable -> login -> fs/get of the folder -> fs/put of a probe -> fs/get of
 * the probe -> cleanup. A step whose premise failed is skipped with the reason. Against the
 * mock, checks that need server state assert only what the contract guarantees.
 */
import { Readable } from "node:stream";
import type { AlistClient } from "@alist-toolkit/client";
import type { Checks } from "./checks.js";
import { CheckFailure } from "./checks.js";
import { planCleanup } from "./cleanup.js";
import type { Credentials } from "./options.js";
import type { Probe } from "./probe.js";
import { showValue } from "./violations.js";

export interface Scenario {
  client: AlistClient;
  checks: Checks;
  mock: boolean;
  dir: string;
  credentials: Credentials;
  probe: Probe;
  /** Whether the spec has an operation to remove files. */
  specHasRemove: boolean;
  timeoutMs: number;
}

export async function runScenario(s: Scenario): Promise<void> {
  const { client, checks, mock, dir, probe } = s;

  await checks.run("reachable", async () => {
    await client.ping();
    return 'GET /ping answered "pong"';
  });
  const offline = checks.unreachable("reachable");

  if ("token" in s.credentials) checks.skip("login", "a token was given (--token or ALIST_TOKEN): no login needed");
  else if (offline) checks.skip("login", "the server is not reachable");
  else {
    const { username, password } = s.credentials;
    await checks.run("login", async () => {
      await client.login({ username, password });
      return mock
        ? "token received (POST /api/auth/login/hash; the mock answers the spec's example)"
        : "token received (POST /api/auth/login/hash)";
    });
  }

  if (offline) checks.skip("fs/get dir", "the server is not reachable");
  else if (!client.token) checks.skip("fs/get dir", "no token: login failed");
  else {
    await checks.run("fs/get dir", async () => {
      const folder = await client.fsGet({ path: dir });
      if (mock) return `answer matches the contract (mock: the answer is the spec's example, so ${dir} is not checked)`;
      if (!folder.is_dir) throw new CheckFailure(`${dir} is a file, not a folder`);
      return `${dir} is a folder${folder.provider ? ` (storage: ${folder.provider})` : ""}`;
    });
  }

  const size = probe.bytes.length;
  if (!checks.passed("fs/get dir")) checks.skip("fs/put probe", "the folder check did not pass");
  else {
    await checks.run("fs/put probe", async () => {
      await client.upload(Readable.from([probe.bytes]), probe.path, {
        size,
        overwrite: false,
        timeoutMs: s.timeoutMs * 2,
      });
      return mock
        ? `sent ${probe.path} (${size} bytes; the mock stores nothing)`
        : `wrote ${probe.path} (${size} bytes)`;
    });
  }
  const written = checks.passed("fs/put probe");

  if (!written) checks.skip("fs/get probe", "the probe was not written");
  else {
    await checks.run("fs/get probe", async () => {
      const found = await client.fsGet({ path: probe.path });
      if (mock) {
        return `answer matches the contract (mock: its size is the spec's example, not compared with the ${size} bytes sent)`;
      }
      if (found.is_dir) throw new CheckFailure(`${probe.path} is a folder, not the file that was sent`);
      if (found.size !== size) {
        throw new CheckFailure(`${probe.path} has size ${showValue(found.size)}, but ${size} bytes were sent`);
      }
      return `size ${size} matches what was sent`;
    });
  }

  if (!written) {
    const reason = checks.unreachable("fs/put probe")
      ? `the upload did not finish; if any of it arrived, it is at ${probe.path}`
      : "nothing to clean up: the probe was not written";
    checks.skip("cleanup", reason);
    return;
  }
  const cleanup = planCleanup(client, s.specHasRemove, probe, mock);
  if ("skip" in cleanup) checks.skip("cleanup", cleanup.skip);
  else await checks.run("cleanup", () => cleanup.remove());
}
