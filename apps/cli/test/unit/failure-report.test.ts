/** describeFailure: each error class gives its one line and exit code, from the errors' fields. */
import {
  AlistError,
  AlistInputError,
  AlistNetworkError,
  AlistProtocolError,
  AlistTimeoutError,
  LocalFileError,
} from "@alist-toolkit/client";
import { describe, expect, it } from "vitest";
import { NotLoggedInError, UsageError } from "../../src/command-errors.js";
import { describeFailure } from "../../src/failure-report.js";

const scene = { what: "stat /a.txt", server: "http://127.0.0.1:5244" };

describe("describeFailure", () => {
  it("a dead token is an auth failure (exit 3) with the server's words and what to do", () => {
    const failure = describeFailure(new AlistError(401, "token is invalidated", "fsGet"), scene);
    expect(failure).toEqual({
      exitCode: 3,
      kind: "auth",
      message: "stat /a.txt: token is invalidated (code 401): log in again with `alist login`",
      code: 401,
    });
  });

  it("a download's network failure names the host from the error's detail, not the API server", () => {
    const error = new AlistNetworkError("download", "https://cdn.example.com: connection reset by the server", {
      origin: "https://cdn.example.com",
      reason: "connection reset by the server",
    });
    expect(describeFailure(error, { ...scene, what: "get /a.bin" }).message).toBe(
      "get /a.bin: the download failed: https://cdn.example.com: connection reset by the server",
    );
  });

  it("a refused connection says the server cannot be reached (exit 1)", () => {
    const cause = Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" });
    const error = new AlistNetworkError("fsGet", "http://127.0.0.1:5244: connection refused", {
      cause,
      reason: "connection refused",
    });
    expect(describeFailure(error, scene)).toMatchObject({
      exitCode: 1,
      message: "cannot reach http://127.0.0.1:5244: connection refused",
    });
  });

  it("timeouts, protocol errors, local files, usage and login problems get their exit codes", () => {
    expect(describeFailure(new AlistTimeoutError("fsGet", 30_000), scene)).toMatchObject({
      exitCode: 1,
      message: "stat /a.txt: http://127.0.0.1:5244 did not answer within 30 s (see --timeout)",
    });
    expect(
      describeFailure(new AlistProtocolError("fsGet", 200, "text/html", "text/html instead of JSON"), scene),
    ).toMatchObject({ exitCode: 1, kind: "protocol" });
    expect(describeFailure(new LocalFileError("./x.bin", "no such file"), { what: "put ./x.bin" })).toMatchObject({
      exitCode: 4,
      message: "put ./x.bin: no such file",
    });
    expect(describeFailure(new UsageError("--jobs must be 1 or more"), scene).exitCode).toBe(2);
    expect(describeFailure(new AlistInputError("path has .."), scene).exitCode).toBe(2);
    expect(describeFailure(new NotLoggedInError("not logged in"), scene).exitCode).toBe(3);
  });
});
