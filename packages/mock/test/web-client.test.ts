/**
 * The mock as a web front-end sees it: a page on another origin makes the calls the web app
 * starts with (settings, me, list, get), each after a CORS preflight, and gets realistic answers.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningMock, startMock } from "../src/index.js";

const ORIGIN = "http://localhost:5173";
const TOKEN = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.e30.c2lnbmF0dXJl";

let mock: RunningMock;
// Prism takes a few seconds to start, more while other suites run beside it.
beforeAll(async () => {
  mock = await startMock({ mode: "static" });
}, 60_000);
afterAll(() => mock.stop());

interface Step {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

const startup: Step[] = [
  { method: "GET", path: "/api/public/settings" },
  { method: "GET", path: "/api/me" },
  { method: "POST", path: "/api/fs/list", body: { path: "/115/Movies", page: 1, per_page: 30 } },
  { method: "POST", path: "/api/fs/get", body: { path: "/115/Movies/Sintel (2010).mkv" } },
];

/** What a browser sends for a fetch with the token and a JSON body from another origin. */
async function browserCall({ method, path, body }: Step) {
  const preflight = await fetch(`${mock.url}${path}`, {
    method: "OPTIONS",
    headers: {
      Origin: ORIGIN,
      "Access-Control-Request-Method": method,
      "Access-Control-Request-Headers": "authorization,content-type",
    },
  });
  const answer = await fetch(`${mock.url}${path}`, {
    method,
    headers: { Origin: ORIGIN, Authorization: TOKEN, "Content-Type": "application/json" },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { preflight, answer, json: await answer.json() };
}

const isDate = (value: unknown) => typeof value === "string" && !Number.isNaN(Date.parse(value));

describe("the mock serves a web front-end on another origin", () => {
  it.each(startup)("$method $path: the preflight allows the call", async (step) => {
    const { preflight } = await browserCall(step);
    expect(preflight.status).toBeGreaterThanOrEqual(200);
    expect(preflight.status).toBeLessThan(300);
    expect([ORIGIN, "*"]).toContain(preflight.headers.get("access-control-allow-origin"));
    const allowedHeaders = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase();
    // A wildcard does not cover Authorization in browsers: it must be named.
    expect(allowedHeaders).toContain("authorization");
    expect(allowedHeaders).toContain("content-type");
    const allowedMethods = preflight.headers.get("access-control-allow-methods") ?? "";
    expect(allowedMethods === "*" || allowedMethods.split(/\s*,\s*/).includes(step.method)).toBe(true);
  });

  it.each(startup)("$method $path: the answer is readable cross-origin and a success", async (step) => {
    const { answer, json } = await browserCall(step);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect([ORIGIN, "*"]).toContain(answer.headers.get("access-control-allow-origin"));
    expect(json).toMatchObject({ code: 200, message: "success" });
  });

  it("settings: a flat map of strings with what the app needs first", async () => {
    const { data } = (await browserCall(startup[0] as Step)).json;
    expect(Object.values(data).every((value) => typeof value === "string")).toBe(true);
    expect(data.version).toMatch(/^v\d+\.\d+\.\d+/);
    expect(data.site_title).toBeTypeOf("string");
    expect(data.default_page_size).toMatch(/^\d+$/);
  });

  it("me: a signed-in user with a role and a permission mask", async () => {
    const { data } = (await browserCall(startup[1] as Step)).json;
    expect(data).toMatchObject({ username: expect.any(String), password: "", base_path: "/" });
    expect([0, 1, 2]).toContain(data.role);
    expect(Number.isInteger(data.permission)).toBe(true);
    expect(data.otp).toBeTypeOf("boolean");
  });

  it("fs/list: real-looking entries, signed files with hashes, folders first-class", async () => {
    const { data } = (await browserCall(startup[2] as Step)).json;
    expect(Array.isArray(data.content)).toBe(true);
    expect(data.total).toBe(data.content.length);
    expect(data).toMatchObject({ write: true, provider: expect.any(String), readme: "", header: "" });
    const files = data.content.filter((entry: { is_dir: boolean }) => !entry.is_dir);
    const folders = data.content.filter((entry: { is_dir: boolean }) => entry.is_dir);
    expect(folders.length).toBeGreaterThan(0);
    expect(folders.every((entry: { type: number }) => entry.type === 1)).toBe(true);
    expect(files.length).toBeGreaterThan(1);
    for (const file of files) {
      expect(file.name).toMatch(/\.\w+$/);
      expect(file.size).toBeGreaterThan(0);
      expect(isDate(file.modified) && isDate(file.created)).toBe(true);
      expect(file.sign).toMatch(/^[\w-]{43}=:\d+$/);
      expect(Object.values(file.hash_info)[0]).toMatch(/^[0-9A-F]{40}$/i);
      expect(JSON.parse(file.hashinfo)).toEqual(file.hash_info);
    }
  });

  it("fs/get: the file with a download URL, its signature, hash and related subtitle", async () => {
    const { data } = (await browserCall(startup[3] as Step)).json;
    expect(data).toMatchObject({ name: "Sintel (2010).mkv", is_dir: false, type: 2 });
    expect(data.raw_url).toMatch(/^https?:\/\//);
    expect(data.sign).toMatch(/^[\w-]{43}=:\d+$/);
    expect(data.hash_info.sha1).toMatch(/^[0-9A-F]{40}$/);
    expect(data.related.map((entry: { name: string }) => entry.name)).toEqual(["Sintel (2010).ass"]);
  });
});
