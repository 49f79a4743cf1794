/**
 * Answers too big to be the API: an endless or 1 GB JSON body, an endless answer to fs/put,
 * an endless error page from a download link. The client stops reading at its cap, hangs up,
 * and fails with a protocol error. The endless bodies here end at 256 MiB so that a client
 * without caps fails the test instead of exhausting the machine.
 */
import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { HostileAttack } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AlistProtocolError, AlistTimeoutError, JSON_BODY_MAX_BYTES } from "../../src/index.js";
import { hostileClient } from "../support/hostile-client.js";

const GUARD = 256 * 1024 * 1024;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "alist-caps-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
const start = (attack: HostileAttack) => hostileClient(attack, { server: { maxBytes: GUARD } });

describe("answer bodies are capped", () => {
  it("an endless JSON answer fails at 16 MiB as a protocol error, and the client hangs up", async () => {
    const { server, client } = await start("endless-json");
    const failure = client.fsList({ path: "/" });
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(
      "fsList: the server did not answer as the AList API does: the answer's body is larger than 16 MiB; stopped reading it (HTTP 200)",
    );
    // The server stops soon after the cap: its socket buffers are all that may go on.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sent.bytes).toBeGreaterThan(JSON_BODY_MAX_BYTES);
    expect(server.sent.bytes).toBeLessThan(JSON_BODY_MAX_BYTES + 16 * 1024 * 1024);
  });

  it("a 1 GB JSON answer is refused from its Content-Length, before its body is read", async () => {
    const { server, client } = await start("huge-json");
    await expect(client.fsGet({ path: "/a.bin" })).rejects.toThrow(/fsGet: .*larger than 16 MiB; stopped reading it/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sent.bytes).toBeLessThan(JSON_BODY_MAX_BYTES);
  });

  it("an endless answer to an upload is read to 64 KiB at most (uploads run many at once)", async () => {
    const { server, client } = await start("endless-json");
    const path = join(dir, "up.txt");
    await writeFile(path, "hello");
    await expect(client.upload(path, "/up.txt")).rejects.toThrow(/^fsPut: .*larger than 64 KiB; stopped reading it/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sent.bytes).toBeLessThan(JSON_BODY_MAX_BYTES);
  });

  it("a download link's endless HTTP 500 page is read to 64 KiB at most, and nothing is saved", async () => {
    const { server, client } = await start("endless-error");
    const target = join(dir, "file.bin");
    const failure = client.download("/file.bin", target);
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow("HTTP 500 instead of the file");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sent.bytes).toBeLessThan(8 * 1024 * 1024);
    expect(await readdir(dir)).not.toContain("file.bin");
  });

  it("a slow-loris answer ends at the call's timeout", async () => {
    const { client } = await start("slow-loris");
    const started = Date.now();
    const failure = client.fsList({ path: "/" }, { timeoutMs: 500 });
    await expect(failure).rejects.toBeInstanceOf(AlistTimeoutError);
    await expect(failure).rejects.toThrow("fsList: no answer within 500 ms");
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
