/**
 * listAll against servers that would keep it walking forever: one entry a page with a total
 * of 1e15, the same page whatever page is asked, no total at all. Each walk ends after a
 * page or two. A walk that does not end fails the test at 50 requests instead of hanging.
 */
import type { HostileAttack, HostileServer } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { AlistProtocolError } from "../../src/index.js";
import { hostileClient } from "../support/hostile-client.js";

// The server of the current test's walk, for what it saw after a walk that failed.
let server: HostileServer | undefined;

async function walk(attack: HostileAttack, perPage: number): Promise<string[]> {
  const { server: walked, client } = await hostileClient(attack);
  server = walked;
  const names: string[] = [];
  for await (const entry of client.listAll("/", { perPage })) {
    names.push(entry.name);
    if (server.seen.length > 50) throw new Error("the walk did not end after 50 requests");
  }
  return names;
}

describe("listAll against a hostile fs/list", () => {
  it("one entry a page with total 1e15: the short page ends the walk", async () => {
    expect(await walk("list-huge-total", 200)).toEqual(["entry-1.txt"]);
    expect(server?.seen).toHaveLength(1);
  });

  it("the same full page whatever page is asked: a protocol error at the first repeat", async () => {
    const failure = walk("list-ignores-page", 5);
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow("page 2 repeats page 1 (the server ignores the page asked for)");
    expect(server?.seen).toHaveLength(2);
  });

  it("full pages without total: a protocol error on the first page", async () => {
    const failure = walk("list-no-total", 5);
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(
      "fsList: the server did not answer as the AList API does: success without total",
    );
    expect(server?.seen).toHaveLength(1);
  });
});
