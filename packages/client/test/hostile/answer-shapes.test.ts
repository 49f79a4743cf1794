/**
 * Answers of the right envelope with the wrong shape inside: `content: [null]`, a numeric
 * `modified`, names with NUL or "/". Each is a protocol error naming the field, not a
 * TypeError in whoever reads it.
 */
import type { HostileAttack } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { AlistProtocolError } from "../../src/index.js";
import { hostileClient } from "../support/hostile-client.js";

const client = async (attack: HostileAttack) => (await hostileClient(attack)).client;

async function names(iterator: AsyncIterable<{ name: string }>): Promise<string[]> {
  const seen: string[] = [];
  for await (const entry of iterator) seen.push(entry.name);
  return seen;
}

const PREFIX = "the server did not answer as the AList API does: ";

describe("shapes inside a success", () => {
  it("content: [null] names content[0]", async () => {
    const alist = await client("null-entry");
    const failure = alist.fsList({ path: "/" });
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(`fsList: ${PREFIX}content[0] is null, not an object (HTTP 200)`);
    await expect(names(alist.listAll("/"))).rejects.toThrow("content[0] is null, not an object");
  });

  it("a numeric modified in a listing names content[0].modified", async () => {
    const alist = await client("numeric-modified");
    await expect(alist.fsList({ path: "/" })).rejects.toThrow(
      `fsList: ${PREFIX}content[0].modified is a number, not a string (HTTP 200)`,
    );
  });

  it("a numeric modified in fs/get names data.modified", async () => {
    const alist = await client("numeric-modified");
    const failure = alist.fsGet({ path: "/a.bin" });
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(`fsGet: ${PREFIX}data.modified is a number, not a string (HTTP 200)`);
  });

  it("names with NUL or a slash are refused: no entry can be called that", async () => {
    const alist = await client("odd-names");
    await expect(alist.fsList({ path: "/" })).rejects.toThrow(
      "content[0].name is not a valid entry name: it holds a NUL character",
    );
  });

  it("an honest listing still passes", async () => {
    const alist = await client("honest");
    expect(await names(alist.listAll("/"))).toEqual(["a.txt", "b.txt", "c.txt"]);
  });
});
