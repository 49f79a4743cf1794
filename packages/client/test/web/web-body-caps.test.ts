/**
 * The web build caps answer bodies as the Node build does: an endless or 1 GB JSON answer
 * fails at 16 MiB, an endless answer to an upload at 64 KiB, as protocol errors (run under
 * Node, where the web build uses fetch). The endless bodies end at 256 MiB so that a client
 * without caps fails the test instead of exhausting the machine.
 */
import type { HostileAttack } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { AlistProtocolError, createAlistClient, JSON_BODY_MAX_BYTES } from "../../src/web.js";
import { hostileClient } from "../support/hostile-client.js";

const GUARD = 256 * 1024 * 1024;
const start = (attack: HostileAttack) =>
  hostileClient(attack, { server: { maxBytes: GUARD }, create: createAlistClient });

describe("the web build caps answer bodies", () => {
  it("an endless JSON answer fails at 16 MiB as a protocol error", async () => {
    const { server, client } = await start("endless-json");
    const failure = client.fsList({ path: "/" });
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(/^fsList: .*larger than 16 MiB; stopped reading it \(HTTP 200\)/);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.sent.bytes).toBeLessThan(JSON_BODY_MAX_BYTES + 32 * 1024 * 1024);
  });

  it("a 1 GB JSON answer is refused from its Content-Length", async () => {
    const { client } = await start("huge-json");
    await expect(client.fsGet({ path: "/a.bin" })).rejects.toThrow(/fsGet: .*larger than 16 MiB; stopped reading it/);
  });

  it("an endless answer to a Blob upload is read to 64 KiB at most", async () => {
    const { client } = await start("endless-json");
    await expect(client.upload(new Blob(["hello"]), "/up.txt")).rejects.toThrow(
      /^fsPut: .*larger than 64 KiB; stopped reading it/,
    );
  });
});
