/**
 * The saved login: where and how it is written, what logout keeps, and the precedence of
 * --server / ALIST_URL / saved server and --token / ALIST_TOKEN / saved token.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { freePortUrl } from "@alist-toolkit/testkit";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { makeSandbox, runCli, type Sandbox } from "./support/cli.js";
import { fakeAlist } from "./support/fake-alist.js";

let sandbox: Sandbox;
let a: Awaited<ReturnType<typeof fakeAlist>>;
let b: Awaited<ReturnType<typeof fakeAlist>>;
beforeAll(async () => {
  a = await fakeAlist("token-from-a");
  b = await fakeAlist("token-from-b");
});
afterAll(async () => {
  await Promise.all([a.close(), b.close()]);
});
beforeEach(async () => {
  sandbox = await makeSandbox();
  a.requests.length = 0;
  b.requests.length = 0;
});
afterEach(() => sandbox.remove());

const loginTo = (server: string, extra: string[] = []) =>
  runCli(sandbox, ["--server", server, ...extra, "login", "--username", "admin", "--password-stdin"], {
    input: "s3cret pw\n",
  });

describe("the saved login", () => {
  it("is written to $XDG_CONFIG_HOME/alist-cli/config.json: folder 0700, file 0600, no temp files, no password", async () => {
    const result = await loginTo(a.url);
    expect(result.code).toBe(0);
    expect(statSync(dirname(sandbox.configFile)).mode & 0o777).toBe(0o700);
    expect(statSync(sandbox.configFile).mode & 0o777).toBe(0o600);
    expect(readdirSync(dirname(sandbox.configFile))).toEqual(["config.json"]);
    const text = readFileSync(sandbox.configFile, "utf8");
    expect(JSON.parse(text)).toEqual({
      server: a.url,
      username: "admin",
      token: "token-from-a",
      obtainedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    expect(text).not.toContain("s3cret");
    // What went to the server was the hash, not the password.
    expect(a.requests[0]?.url).toBe("/api/auth/login/hash");
    expect(a.requests[0]?.body).not.toContain("s3cret");
  });

  it("--plain sends the password as is to /api/auth/login", async () => {
    expect((await loginTo(a.url, [])).code).toBe(0);
    const plain = await runCli(sandbox, ["--server", a.url, "login", "--plain", "--password-stdin"], {
      input: "s3cret pw",
    });
    expect(plain.code).toBe(0);
    expect(a.requests.at(-1)?.url).toBe("/api/auth/login");
    // The user name comes from the saved login for the same server.
    expect(JSON.parse(a.requests.at(-1)?.body ?? "")).toEqual({ username: "admin", password: "s3cret pw" });
  });

  it("falls back to ~/.config without XDG_CONFIG_HOME, and tightens an existing folder to 0700", async () => {
    const folder = join(sandbox.home, ".config", "alist-cli");
    await mkdir(folder, { recursive: true, mode: 0o755 });
    const result = await runCli(sandbox, ["--server", a.url, "login", "--username", "u", "--password-stdin"], {
      input: "pw",
      env: { XDG_CONFIG_HOME: "" },
    });
    expect(result.code).toBe(0);
    expect(statSync(folder).mode & 0o777).toBe(0o700);
    expect(JSON.parse(readFileSync(join(folder, "config.json"), "utf8")).username).toBe("u");
  });

  it("a login that cannot be saved is a local file problem (exit 4) and leaves no temp file", async () => {
    const blocker = join(sandbox.dir, "not-a-folder");
    await writeFile(blocker, "");
    const underFile = await runCli(sandbox, ["--server", a.url, "login", "--username", "x", "--password-stdin"], {
      input: "pw",
      env: { XDG_CONFIG_HOME: blocker },
    });
    expect(underFile.code).toBe(4);
    expect(underFile.stderr).toContain(
      `alist: login: cannot save the login to ${join(blocker, "alist-cli", "config.json")}: a parent is not a folder\n`,
    );
    // The rename fails when config.json is a folder: the temp file must not stay behind.
    await mkdir(sandbox.configFile, { recursive: true });
    const onFolder = await loginTo(a.url);
    expect(onFolder.code).toBe(4);
    expect(onFolder.stderr).toContain(`alist: login: cannot save the login to ${sandbox.configFile}: it is a folder\n`);
    expect(readdirSync(dirname(sandbox.configFile))).toEqual(["config.json"]);
  });

  it("a broken config file is ignored with a warning, and --token still works", async () => {
    await mkdir(dirname(sandbox.configFile), { recursive: true });
    await writeFile(sandbox.configFile, "{ not json");
    const result = await runCli(sandbox, ["--server", a.url, "--token", "t", "stat", "/a"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `alist: warning: ignoring ${sandbox.configFile}: not a valid saved login (JSON object)\n`,
    );
  });

  it("logout drops the token and its time, keeps server and user name", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    const result = await runCli(sandbox, ["logout"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(sandbox.configFile, "utf8"))).toEqual({ server: a.url, username: "admin" });
    expect(statSync(sandbox.configFile).mode & 0o777).toBe(0o600);
  });
});

describe("precedence", () => {
  const sentTo = (server: typeof a) => server.requests.map((request) => request.headers.authorization);

  it("token: --token beats ALIST_TOKEN beats the saved token", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    expect((await runCli(sandbox, ["stat", "/x"])).code).toBe(0);
    expect((await runCli(sandbox, ["stat", "/x"], { env: { ALIST_TOKEN: "env-token" } })).code).toBe(0);
    const flag = await runCli(sandbox, ["--token", "flag-token", "stat", "/x"], { env: { ALIST_TOKEN: "env-token" } });
    expect(flag.code).toBe(0);
    expect(sentTo(a)).toEqual([undefined, "token-from-a", "env-token", "flag-token"]);
  });

  it("the saved token only goes to the server it was saved for", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    for (const options of [{ args: ["--server", b.url] }, { args: [], env: { ALIST_URL: b.url } }]) {
      const result = await runCli(sandbox, [...options.args, "stat", "/x"], { env: options.env ?? {} });
      expect(result.code).toBe(3);
      // Which server the saved login is for, so a wrong port is plain to see.
      expect(result.stderr).toBe(
        `alist: stat /x: not logged in to ${b.url} (the saved login is for ${a.url}): run \`alist login\`, or pass --token or set ALIST_TOKEN\n`,
      );
    }
    // b was only asked whether it is there (GET /ping, no token), never sent a's token.
    expect(b.requests.map((request) => [request.url, request.headers.authorization])).toEqual([
      ["/ping", undefined],
      ["/ping", undefined],
    ]);
    // The same server written differently (trailing slash) is still the same server.
    expect((await runCli(sandbox, ["--server", `${a.url}/`, "stat", "/x"])).code).toBe(0);
    expect(sentTo(a).at(-1)).toBe("token-from-a");
  });

  it("a wrong port with a saved login: the server is not there (exit 1), not a login problem", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    const down = await freePortUrl();
    const result = await runCli(sandbox, ["--server", down, "ls", "/"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`alist: cannot reach ${down}: connection refused\n`);
  });

  it("localhost, 127.0.0.1 and [::1] with the same port are the same server for the saved token", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    const port = new URL(a.url).port;
    const result = await runCli(sandbox, ["--server", `http://localhost:${port}`, "stat", "/x"]);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(a.requests.at(-1)?.headers.authorization).toBe("token-from-a");
  });

  it("server: --server beats ALIST_URL beats the saved server", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    const env = { ALIST_URL: b.url, ALIST_TOKEN: "env-token" };
    expect((await runCli(sandbox, ["stat", "/x"], { env })).code).toBe(0);
    expect(b.requests.map((request) => request.url)).toEqual(["/api/fs/get"]);
    expect((await runCli(sandbox, ["--server", a.url, "stat", "/x"], { env })).code).toBe(0);
    expect((await runCli(sandbox, ["stat", "/x"], { env: { ALIST_TOKEN: "env-token" } })).code).toBe(0);
    expect(a.requests.map((request) => request.url)).toEqual(["/api/auth/login/hash", "/api/fs/get", "/api/fs/get"]);
  });
});

describe("what stat and put send", () => {
  it("ALIST_FOLDER_PASSWORD is the folder password for stat (body) and put (Password header); --password wins", async () => {
    expect((await loginTo(a.url)).code).toBe(0);
    const env = { ALIST_FOLDER_PASSWORD: "from env" };
    expect((await runCli(sandbox, ["stat", "/private/report.pdf"], { env })).code).toBe(0);
    expect(JSON.parse(a.requests.at(-1)?.body ?? "")).toEqual({ path: "/private/report.pdf", password: "from env" });
    const flag = await runCli(sandbox, ["stat", "/private/report.pdf", "--password", "from flag"], { env });
    expect(flag.code).toBe(0);
    expect(JSON.parse(a.requests.at(-1)?.body ?? "").password).toBe("from flag");
    const file = join(sandbox.dir, "up.txt");
    await writeFile(file, "up");
    const put = await runCli(sandbox, ["put", file, "/private/"], { env });
    expect(put.code).toBe(0);
    expect(a.requests.at(-1)?.url).toBe("/api/fs/put");
    expect(a.requests.at(-1)?.headers.password).toBe("from env");
  });

  it("stat --password goes in the body; -H headers go with every request", async () => {
    const headers = ["-H", "X-Proxy-Auth: proxy secret", "-H", "X-Other:v"];
    expect((await loginTo(a.url, headers)).code).toBe(0);
    const result = await runCli(sandbox, [...headers, "stat", "/private/report.pdf", "--password", "folder pw"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(a.requests.at(-1)?.body ?? "")).toEqual({ path: "/private/report.pdf", password: "folder pw" });
    for (const request of a.requests) {
      expect(request.headers["x-proxy-auth"]).toBe("proxy secret");
      expect(request.headers["x-other"]).toBe("v");
    }
  });
});
