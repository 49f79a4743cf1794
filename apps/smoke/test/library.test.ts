/** `runSmoke()` as a library call: the same report the CLI prints, usage errors as exceptions. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSmoke, UsageError } from "../src/index.js";
import { statuses } from "./support/cli.js";
import { fakeAlist } from "./support/fake-alist.js";

const TOKEN = "tok-Secret-2828";
let server: Awaited<ReturnType<typeof fakeAlist>>;
beforeAll(async () => {
  server = await fakeAlist({ folder: "/", username: "ci", password: "pw", token: TOKEN });
});
afterAll(() => server.close());

describe("runSmoke", () => {
  it("returns the report; with the root as --dir the fresh folder lands in the root and is removed", async () => {
    const report = await runSmoke({ target: server.url, dir: "/", token: TOKEN });
    expect(report.ok).toBe(true);
    expect(statuses(report.checks)).toBe("passed skipped passed passed passed passed passed passed passed");
    expect(server.uploads.at(-1)?.path).toMatch(/^\/\.alist-smoke-[0-9a-f]{16}\/probe\.bin$/);
    expect(server.files.size).toBe(0);
    expect([...server.folders]).toEqual(["/"]);
    expect(JSON.stringify(report)).not.toContain(TOKEN);
  });

  it("refuses a live run without --dir before sending anything", async () => {
    const before = server.authorizations.length;
    await expect(runSmoke({ target: server.url, token: TOKEN })).rejects.toThrow(UsageError);
    expect(server.authorizations.length).toBe(before);
  });
});
