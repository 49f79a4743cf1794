import { describe, expect, it } from "vitest";
import { hashPassword } from "../../src/index.js";

describe("hashPassword", () => {
  it("matches the value the servers and the web app compute for 'admin'", () => {
    expect(hashPassword("admin")).toBe("6fcb57cd10b2c11d765dcf16148d99130afd895082af83725ee8bb181b1d2b0f");
  });

  it("is lowercase hex sha256 and differs per password", () => {
    expect(hashPassword("p@ss wörd")).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPassword("a")).not.toBe(hashPassword("b"));
  });
});
