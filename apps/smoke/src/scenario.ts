/**
 * The scenario: reachable -> login -> fs/get of the folder -> fs/mkdir of a fresh folder in it
 * -> fs/put of a probe into that -> fs/get of the probe -> fs/list of the fresh folder ->
 * fs/rename of the probe -> cleanup (the fresh folder is removed). A step whose premise failed
 * is skipped with the reason. Against the mock, checks that need server state assert only
 * what the contract guarantees.
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

  if (!checks.passed("fs/get dir")) checks.skip("fs/mkdir", "the folder check did not pass");
  else {
    await checks.run("fs/mkdir", async () => {
      await client.fsMkdir({ path: probe.folder });
      return mock ? "answer matches the contract (mock: nothing is created)" : `created ${probe.folder}`;
    });
  }
  const created = checks.passed("fs/mkdir");

  const size = probe.bytes.length;
  if (!created) checks.skip("fs/put probe", "the fresh folder was not created");
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

  if (!written) checks.skip("fs/list", "the probe was not written");
  else {
    await checks.run("fs/list", async () => {
      const entries = [];
      for await (const entry of client.listAll(probe.folder)) entries.push(entry);
      if (mock) return "answers match the contract (mock: the listing is the spec's example)";
      const listed = entries.find((entry) => entry.name === probe.name);
      if (!listed) throw new CheckFailure(`${probe.name} is not in the listing of ${probe.folder}`);
      if (listed.size !== size) {
        throw new CheckFailure(
          `${probe.name} is listed with size ${showValue(listed.size)}, but ${size} bytes were sent`,
        );
      }
      return `${probe.name} is listed with size ${size}`;
    });
  }

  if (!written) checks.skip("fs/rename", "the probe was not written");
  else {
    await checks.run("fs/rename", async () => {
      await client.fsRename({ path: probe.path, name: probe.renamedName });
      if (mock) return "answer matches the contract (mock: nothing is renamed)";
      const renamed = await client.fsGet({ path: probe.renamedPath });
      if (renamed.size !== size) {
        throw new CheckFailure(`${probe.renamedPath} has size ${showValue(renamed.size)}, but ${size} bytes were sent`);
      }
      return `renamed to ${probe.renamedName}, size ${size} unchanged`;
    });
  }

  if (!created) {
    const reason = checks.unreachable("fs/mkdir")
      ? `the mkdir did not finish; if the folder was created, it is at ${probe.folder}`
      : "nothing to clean up: the fresh folder was not created";
    checks.skip("cleanup", reason);
    return;
  }
  const cleanup = planCleanup(client, s.specHasRemove, probe, mock);
  if ("skip" in cleanup) checks.skip("cleanup", cleanup.skip);
  else await checks.run("cleanup", () => cleanup.remove());
}
