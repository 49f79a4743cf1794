/**
 * The web build's downloads (run under Node, where it uses fetch) against the stateful mock:
 * the bytes through the signed link, and the answers that are not the file refused with the
 * client's errors.
 */
import { type RunningStatefulMock, startMock } from "@alist-toolkit/mock";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AlistClient, AlistError, AlistInputError, AlistProtocolError, createAlistClient } from "../../src/web.js";

let mock: RunningStatefulMock;
let alist: AlistClient;

beforeAll(async () => {
  mock = await startMock();
  alist = createAlistClient({ baseUrl: mock.url });
  await alist.login({ username: "admin", password: "admin" });
});
afterAll(() => mock?.stop());

describe("the web build's downloads", () => {
  it("streams a file through its signed link, a JSON file's bytes untouched", async () => {
    const text = JSON.stringify({ code: 1, note: "a JSON file, not an envelope" });
    await alist.upload(new Blob([text]), "/local/web-download/data.json");
    const res = await alist.openDownload("/local/web-download/data.json");
    expect(res.body).not.toBeNull();
    expect(await res.text()).toBe(text);
  });

  it("refuses the server's error envelope sent in place of the file", async () => {
    const failure = alist.downloadBlob(`${mock.url}/d/local/web-download/missing.bin?sign=wrong`);
    await expect(failure).rejects.toBeInstanceOf(AlistError);
    await expect(failure).rejects.toMatchObject({ code: 500 });
  });

  it("refuses a web page in place of the file", async () => {
    const failure = alist.downloadBlob(`${mock.url}/not-a-file.bin`);
    await expect(failure).rejects.toBeInstanceOf(AlistProtocolError);
    await expect(failure).rejects.toThrow(/a web page instead of the file/);
  });

  it("refuses a folder before any download", async () => {
    await expect(alist.downloadBlob("/local")).rejects.toBeInstanceOf(AlistInputError);
  });
});
