/**
 * The default `refusals: "server"`: a request that breaks the spec is answered as the real
 * servers answered it in spec/captures (HTTP 200, the code in the body), not as Prism does.
 */
import { describe, expect, it } from "vitest";
import { useMock } from "./support.js";

const h = useMock();

describe("stateful mock: requests that break the spec, read as a server reads them", () => {
  it("no token: code 401 'Guest user is disabled, login please'", async () => {
    const res = await fetch(`${h.mock.url}/api/fs/list`, { method: "POST" });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ code: 401, message: "Guest user is disabled, login please", data: null });
  });

  it("a JSON value of the wrong type: code 400 from the decoder, naming the field", async () => {
    expect(await h.call("/api/fs/get", { path: 5 })).toEqual({
      code: 400,
      message: "json: cannot unmarshal number into Go struct field path of type string",
      data: null,
    });
    expect(await h.call("/api/task/upload/delete_some", { ids: [] })).toEqual({
      code: 400,
      message: "invalid request format",
      data: null,
    });
  });

  it("a missing field is its zero value: a missing path is '/', which has no storage", async () => {
    expect(await h.call("/api/fs/mkdir", {})).toMatchObject({ code: 500, message: expect.stringMatching(/storage/) });
    expect(await h.call("/api/fs/remove", { dir: "/local" })).toEqual({
      code: 400,
      message: "Empty file names",
      data: null,
    });
    const put = await fetch(`${h.mock.url}/api/fs/put`, {
      method: "PUT",
      headers: { Authorization: h.token(), "Content-Type": "application/octet-stream" },
      body: "x",
    });
    expect(await put.json()).toMatchObject({ code: 500, message: expect.stringMatching(/storage/) });
  });

  it("fs/put takes the body as bytes whatever its Content-Type (a web UI sends the file's own)", async () => {
    const put = await fetch(`${h.mock.url}/api/fs/put`, {
      method: "PUT",
      headers: { Authorization: h.token(), "Content-Type": "text/plain", "File-Path": "/local/typed.txt" },
      body: "typed",
    });
    expect(await put.json()).toMatchObject({ code: 200 });
    expect(await h.call("/api/fs/get", { path: "/local/typed.txt" })).toMatchObject({ data: { size: 5 } });
  });

  it("an unknown task type is the web page even without a token", async () => {
    const res = await fetch(`${h.mock.url}/api/task/nope/undone`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
  });
});
