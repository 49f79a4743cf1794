/** describeError: one line per error class, from its fields, without the operation. */
import { describe, expect, it } from "vitest";
import {
  AlistError,
  AlistNetworkError,
  AlistProtocolError,
  AlistTimeoutError,
  describeError,
  LocalFileError,
} from "../../src/index.js";

describe("describeError", () => {
  it("names what happened, never the operation", () => {
    expect(describeError(new AlistError(401, "token is invalidated", "fsGet"))).toBe("token is invalidated (code 401)");
    expect(
      describeError(new AlistError(401, "token is expired", "fsPut", "the upload stream cannot be sent again")),
    ).toBe("token is expired (code 401); the upload stream cannot be sent again");
    expect(describeError(new AlistProtocolError("fsGet", 405, "", "HTTP 405 with an empty body"))).toBe(
      "the server did not answer as the AList API does: HTTP 405 with an empty body (HTTP 405)",
    );
    expect(
      describeError(new AlistNetworkError("fsGet", "http://127.0.0.1:1: connection refused", { origin: "x" })),
    ).toBe("http://127.0.0.1:1: connection refused");
    expect(describeError(new AlistTimeoutError("download", 500, true))).toBe("no data moved for 500 ms");
    expect(describeError(new LocalFileError("./a.bin", "no such file"))).toBe("./a.bin: no such file");
    expect(describeError(new Error("boom"))).toBe("boom");
    expect(describeError("odd")).toBe("odd");
  });
});
