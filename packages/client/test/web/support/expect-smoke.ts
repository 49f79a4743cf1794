/** What the smoke must report on every runtime. */
import { expect } from "vitest";
import { hashPassword } from "../../../src/index.js";
import type { SmokeResult } from "./smoke-calls.js";

export function expectSmoke(result: SmokeResult, uploadBytes: number): void {
  // Web Crypto's hash is node:crypto's, byte for byte.
  expect(result.hash).toBe(hashPassword("admin"));
  expect(result.tokenLength).toBeGreaterThan(10);
  expect(result.local).toEqual({ name: "local", isDir: true });
  expect(result.names).toContain("local");
  expect(result.deadToken).toMatchObject({ name: "AlistError", isAlistError: true, code: 401 });
  expect(result.htmlAnswer).toMatchObject({ name: "AlistProtocolError", isProtocolError: true, status: 200 });
  if (uploadBytes === 0) return;
  expect(result.upload).toMatchObject({
    lastSent: uploadBytes,
    total: uploadBytes,
    rising: true,
    storedSize: uploadBytes,
    downloaded: uploadBytes,
    same: true,
  });
}
