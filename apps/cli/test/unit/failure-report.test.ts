/** describeFailure: each error class gives its one line and exit code, from the errors' fields. */
import {
  AlistError,
  AlistInputError,
  AlistNetworkError,
  AlistOtpError,
  AlistProtocolError,
  AlistTimeoutError,
  LocalFileError,
} from "@alist-toolkit/client";
import { describe, expect, it } from "vitest";
import {
  ConfigFileError,
  InterruptedError,
  NotLoggedInError,
  PartialFailureError,
  RemoteStateError,
  UsageError,
} from "../../src/command-errors.js";
import { describeFailure, withoutApiSuffix } from "../../src/failure-report.js";

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

  it("login's refusals: a missing one-time code says --otp, and login is not told to log in again", () => {
    const login = { ...scene, what: "login" };
    expect(describeFailure(new AlistOtpError("otp is required", "loginHash", true), login)).toEqual({
      exitCode: 3,
      kind: "auth",
      message: "login: otp is required (code 402): pass --otp CODE",
      code: 402,
    });
    expect(describeFailure(new AlistError(401, "password is incorrect", "loginHash"), login).message).toBe(
      "login: password is incorrect (code 401)",
    );
    // alist v3.45 refuses a wrong password with code 400: still an auth failure.
    expect(describeFailure(new AlistError(400, "password is incorrect", "loginHash"), login)).toMatchObject({
      exitCode: 3,
      kind: "auth",
    });
    expect(describeFailure(new AlistError(500, "object not found", "fsGet"), scene)).toEqual({
      exitCode: 1,
      kind: "api",
      message: "stat /a.txt: object not found (code 500)",
      code: 500,
    });
  });

  it("a server URL ending in /api: the answer that is not the API's says to leave /api out", () => {
    const error = new AlistProtocolError("fsGet", 404, "text/plain; charset=utf-8", "HTTP 404");
    expect(describeFailure(error, { what: "stat /a", server: "http://nas:5244/api/" }).message).toBe(
      "http://nas:5244/api/ did not answer as the AList API does (HTTP 404, text/plain): leave /api out of the server URL (the CLI adds it): --server http://nas:5244",
    );
    expect(describeFailure(error, scene).message).toBe(
      "http://127.0.0.1:5244 did not answer as the AList API does: HTTP 404",
    );
    const html = new AlistProtocolError("fsGet", 200, "text/html", "text/html instead of JSON");
    expect(describeFailure(html, { what: "stat /a" }).message).toBe(
      "the server did not answer as the AList API does: text/html instead of JSON (HTTP 200)",
    );
    const download = new AlistProtocolError("download", 403, "text/plain", "HTTP 403 from https://cdn.example.com");
    expect(describeFailure(download, { what: "get /a.bin" }).message).toBe(
      "get /a.bin: the download failed: HTTP 403 from https://cdn.example.com",
    );
  });

  it("withoutApiSuffix: the URL without a trailing /api, or undefined", () => {
    expect(withoutApiSuffix("http://nas:5244/api")).toBe("http://nas:5244");
    expect(withoutApiSuffix("https://example.com/alist/API/")).toBe("https://example.com/alist");
    expect(withoutApiSuffix("http://nas:5244/apis")).toBeUndefined();
    expect(withoutApiSuffix("http://nas:5244")).toBeUndefined();
    expect(withoutApiSuffix("not a url")).toBeUndefined();
    expect(withoutApiSuffix(undefined)).toBeUndefined();
  });

  it("a connection lost midway (not refused) says so; an idle transfer points at --idle-timeout", () => {
    const reset = new AlistNetworkError("fsGet", "http://127.0.0.1:5244: connection reset by the server", {
      cause: Object.assign(new Error("read ECONNRESET"), { code: "ECONNRESET" }),
      reason: "connection reset by the server",
    });
    expect(describeFailure(reset, scene).message).toBe(
      "stat /a.txt: lost the connection to http://127.0.0.1:5244: connection reset by the server",
    );
    expect(describeFailure(new AlistTimeoutError("fsPut", 60_000, true), { ...scene, what: "put ./x.bin" })).toEqual({
      exitCode: 1,
      kind: "timeout",
      message: "put ./x.bin: no data moved for 60 s (see --idle-timeout)",
    });
  });

  it("a local file is named unless the scene names it already", () => {
    expect(describeFailure(new LocalFileError("./copy.mkv", "already exists"), { what: "get /a.mkv" }).message).toBe(
      "get /a.mkv: ./copy.mkv: already exists",
    );
  });

  it("the CLI's own failures: partial (with its result), remote state, config file, interrupted by each signal", () => {
    const result = { uploaded: 2, failed: 1 };
    expect(describeFailure(new PartialFailureError("1 of 3 files failed", result), { what: "put ./photos" })).toEqual({
      exitCode: 4,
      kind: "partial",
      message: "put ./photos: 1 of 3 files failed",
      result,
    });
    expect(describeFailure(new RemoteStateError("/a exists and is a file"), { what: "mkdir /a" })).toEqual({
      exitCode: 1,
      kind: "remote",
      message: "mkdir /a: /a exists and is a file",
    });
    expect(describeFailure(new ConfigFileError("cannot write the config"), { what: "login" })).toMatchObject({
      exitCode: 4,
      kind: "local-file",
    });
    const put = { what: "put ./x.bin", interruptNote: "the remote file may be incomplete" };
    expect(describeFailure(new InterruptedError(), put)).toEqual({
      exitCode: 130,
      kind: "interrupted",
      message: "put ./x.bin: interrupted; the remote file may be incomplete",
    });
    expect(describeFailure(new InterruptedError("SIGTERM"), { what: "ls /" })).toMatchObject({
      exitCode: 143,
      message: "ls /: stopped by SIGTERM",
    });
    expect(describeFailure(new InterruptedError("SIGHUP"), { what: "ls /" }).exitCode).toBe(129);
  });

  it("anything else is an internal failure (exit 1) with its message", () => {
    expect(describeFailure(new TypeError("x is not a function"), scene)).toEqual({
      exitCode: 1,
      kind: "internal",
      message: "stat /a.txt: x is not a function",
    });
    expect(describeFailure("thrown text", scene).message).toBe("stat /a.txt: thrown text");
  });
});
