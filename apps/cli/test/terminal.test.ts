/**
 * On a real (pseudo-)terminal: the password prompt does not echo, a one-time code is asked
 * for, uploads and downloads show progress bars on stderr, and NO_COLOR turns colour off.
 */
import { existsSync, readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { byteSink, fsObject, listen } from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeSandbox, mockArgs, type Sandbox } from "./support/cli.js";
import { fakeTree } from "./support/fake-tree.js";
import { hasScript, runInPty } from "./support/pty.js";

const PASSWORD = "typed-Secret-0c4d";

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = await makeSandbox();
});
afterAll(() => sandbox.remove());

describe.skipIf(!hasScript)("on a terminal", () => {
  it("login asks for the password without echo and saves the token", async () => {
    const result = await runInPty(sandbox, [...mockArgs("success", ""), "login", "--username", "admin"], {
      answers: [["Password: ", `${PASSWORD}\r`]],
    });
    expect(result.code).toBe(0);
    expect(result.screen).toContain("Password: \n");
    expect(result.screen).not.toContain(PASSWORD);
    expect(result.screen).toContain("Logged in to");
    expect(JSON.parse(readFileSync(sandbox.configFile, "utf8")).username).toBe("admin");
  });

  it("asks for the user name, then the password, then the one-time code on code 402", async () => {
    const own = await makeSandbox();
    try {
      const result = await runInPty(own, [...mockArgs("otpRequired", ""), "login"], {
        env: { NO_COLOR: "1" },
        answers: [
          ["Username: ", "admin\r"],
          ["Password: ", `${PASSWORD}\r`],
          ["One-time code: ", "123456\r"],
        ],
      });
      // The mock refuses every code; what matters is that it was asked for and sent.
      expect(result.code).toBe(3);
      expect(result.screen).toContain("One-time code: 123456\n");
      expect(result.screen).toContain("alist: login: Invalid 2FA code (code 402)\n");
      expect(result.screen).not.toContain("pass --otp");
      expect(result.screen).not.toContain(PASSWORD);
      expect(existsSync(own.configFile)).toBe(false);
    } finally {
      await own.remove();
    }
  });

  it("stat and ls ask for a folder password without echo when the server wants one, and try once more", async () => {
    const typed = "folder-Secret-9a1";
    const sent: unknown[] = [];
    const server = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8") || "{}");
        sent.push(body.password);
        res.setHeader("Content-Type", "application/json");
        if (body.password !== typed) {
          return res.end(
            JSON.stringify({ code: 403, message: "password is incorrect or you have no permission", data: null }),
          );
        }
        const data =
          req.url === "/api/fs/get"
            ? fsObject("report.pdf", 3, false)
            : {
                content: [fsObject("report.pdf", 3, false)],
                total: 1,
                readme: "",
                header: "",
                write: false,
                provider: "Local",
              };
        res.end(JSON.stringify({ code: 200, message: "success", data }));
      });
    });
    try {
      const global = ["--server", server.url, "--token", "t"];
      const stat = await runInPty(sandbox, [...global, "stat", "/private/report.pdf"], {
        env: { NO_COLOR: "1" },
        answers: [
          [
            "Folder password for /private/report.pdf: ",
            `${typed}
`,
          ],
        ],
      });
      expect(stat.code).toBe(0);
      expect(stat.screen).toContain("Folder password for /private/report.pdf: \n");
      expect(stat.screen).toContain("name      report.pdf\n");
      expect(stat.screen).not.toContain(typed);
      const ls = await runInPty(sandbox, [...global, "ls", "/private"], {
        answers: [
          [
            "Folder password for /private: ",
            `${typed}
`,
          ],
        ],
      });
      expect(ls.code).toBe(0);
      expect(ls.screen).toContain("report.pdf\n");
      expect(ls.screen).not.toContain(typed);
      expect(sent).toEqual([undefined, typed, undefined, typed]);
    } finally {
      await server.close();
    }
  });

  it("put draws a progress bar with bytes, percent, speed and ETA", async () => {
    const sink = await byteSink();
    try {
      const path = join(sandbox.dir, "eight.bin");
      await writeFile(path, Buffer.alloc(8 * 1024 * 1024, 3));
      const result = await runInPty(sandbox, ["--server", sink.url, "--token", "t", "put", path, "/a/"]);
      expect(result.code).toBe(0);
      expect(result.screen).toMatch(/#{30} 100% \| 8\.0 MiB \/ 8\.0 MiB \| [\d.]+ (B|KiB|MiB|GiB)\/s \| ETA \d+s/);
      expect(result.screen).toContain(`uploaded ${path} -> /a/eight.bin: 8.0 MiB (8388608 bytes)`);
      expect(sink.received.at(-1)?.bytes).toBe(8 * 1024 * 1024);
    } finally {
      await sink.close();
    }
  });

  it("get draws a progress bar while the file streams in", async () => {
    const bytes = Buffer.alloc(8 * 1024 * 1024, 5);
    const server = await listen((req, res) => {
      req.resume();
      if (req.url === "/api/fs/get") {
        res.setHeader("Content-Type", "application/json");
        const file = { ...fsObject("eight.bin", bytes.length, false), raw_url: `${server.url}/p/eight.bin` };
        return res.end(JSON.stringify({ code: 200, message: "success", data: file }));
      }
      res.writeHead(200, { "Content-Type": "application/octet-stream", "Content-Length": bytes.length });
      res.end(bytes);
    });
    try {
      const result = await runInPty(sandbox, [
        "--server",
        server.url,
        "--token",
        "t",
        "get",
        "/a/eight.bin",
        "got.bin",
      ]);
      expect(result.code).toBe(0);
      expect(result.screen).toMatch(/#{30} 100% \| 8\.0 MiB \/ 8\.0 MiB \| [\d.]+ (B|KiB|MiB|GiB)\/s \| ETA \d+s/);
      expect(readFileSync(join(sandbox.dir, "got.bin")).equals(bytes)).toBe(true);
    } finally {
      await server.close();
    }
  });

  it("put -r draws the overall bar: bytes, files done, speed", async () => {
    const tree = join(sandbox.dir, "bar-tree");
    await mkdir(join(tree, "sub"), { recursive: true });
    await writeFile(join(tree, "one.bin"), Buffer.alloc(3 * 1024 * 1024, 1));
    await writeFile(join(tree, "sub", "two.bin"), Buffer.alloc(1024 * 1024, 2));
    const server = await fakeTree();
    try {
      const result = await runInPty(sandbox, ["--server", server.url, "--token", "t", "put", "-r", tree, "/dst"]);
      expect(result.code).toBe(0);
      expect(result.screen).toMatch(/#{20} 100% \| 2\/2 files \| 4\.0 MiB \/ 4\.0 MiB \| [\d.]+ (B|KiB|MiB|GiB)\/s/);
      expect(result.screen).toContain("uploaded 2, skipped 0, failed 0, 4.0 MiB (4194304 bytes)");
      expect(server.files.get("/dst/sub/two.bin")).toBe(1024 * 1024);
    } finally {
      await server.close();
    }
  });

  it("colours labels and errors, unless NO_COLOR is set", async () => {
    const coloured = await runInPty(sandbox, [...mockArgs("success"), "stat", "/a"]);
    expect(coloured.code).toBe(0);
    expect(coloured.screen).toContain("\u001b[1mname      \u001b[22m");
    const plain = await runInPty(sandbox, [...mockArgs("success"), "stat", "/a"], { env: { NO_COLOR: "1" } });
    expect(plain.code).toBe(0);
    expect(plain.screen).toContain("name      Big Buck Bunny.mkv");
    expect(plain.screen).not.toContain("\u001b[");
    const red = await runInPty(sandbox, [...mockArgs("objectNotFound"), "stat", "/a"]);
    expect(red.screen).toBe("\u001b[31malist:\u001b[39m stat /a: object not found (code 500)\n");
    const error = await runInPty(sandbox, [...mockArgs("objectNotFound"), "stat", "/a"], { env: { NO_COLOR: "1" } });
    expect(error.code).toBe(1);
    expect(error.screen).toBe("alist: stat /a: object not found (code 500)\n");
  });
});
