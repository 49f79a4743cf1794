/**
 * The built CLI against every attack of the hostile server that a command can meet (ls, stat,
 * whoami, tasks, get, put): each run ends with the documented exit code and, on failure, one
 * clear line on stderr (no stack trace), prints no control character, never shows or sends the
 * token where it does not belong, leaves no half file, and keeps the CLI's peak RSS (VmHWM from
 * /proc) under 150 MB. A CLI that buffers is killed at 400 MB, so the test fails fast.
 */
import { randomBytes } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import {
  fsObject,
  HOSTILE_ATTACKS,
  type HostileAttack,
  type HostileOptions,
  type HostileServer,
  hostileFileBytes,
  hostileServer,
  listen,
  watchPeakRss,
} from "@alist-toolkit/testkit";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CliResult, makeSandbox, runCli, type Sandbox, startCli } from "./support/cli.js";

const LIMIT = 150 * 1024 * 1024;
const KILL_ABOVE = 400 * 1024 * 1024;
const TOKEN = "hostile-test-token-0123456789";
/** Big enough to fill the loopback socket buffers, so a server that stops reading stalls the upload. */
const UPLOAD_BYTES = 24 * 1024 * 1024;
const SIZE = 1_000_000;

type Command = "ls" | "stat" | "whoami" | "tasks" | "get" | "put";

interface Case {
  attack: HostileAttack;
  command: Command;
  exit: number;
  /** The one stderr line of a failure; absent: a success, stderr empty. */
  message?: RegExp;
  /** Global options before the command. */
  globals?: string[];
  server?: HostileOptions;
  /** A success's exact stdout. */
  stdout?: string;
  /** A success's exact stderr (default: nothing). */
  stderr?: string;
}

/** The client's cap on a JSON answer; fs/put's answer (many uploads run at once) has a smaller one. */
const tooBig = (command: Command) =>
  new RegExp(
    `did not answer as the AList API does: .*larger than ${command === "put" ? "64 KiB" : "16 MiB"}; stopped reading it`,
  );
const EVERY_COMMAND: Command[] = ["ls", "stat", "whoami", "tasks", "get", "put"];

const CASES: Case[] = [
  ...EVERY_COMMAND.map(
    (command): Case => ({
      attack: "honest",
      command,
      exit: 0,
      ...(command === "tasks" ? { stderr: "no tasks\n" } : {}),
    }),
  ),
  ...EVERY_COMMAND.map((command): Case => ({ attack: "endless-json", command, exit: 1, message: tooBig(command) })),
  ...EVERY_COMMAND.map((command): Case => ({ attack: "huge-json", command, exit: 1, message: tooBig(command) })),
  // The whole-call limit bounds an answer that dribbles (each byte would reset an idle timer).
  ...EVERY_COMMAND.map(
    (command): Case => ({
      attack: "slow-loris",
      command,
      exit: 1,
      globals: ["--timeout", "1"],
      server: { dripMs: 200 },
      message: /did not answer within 1 s \(see --timeout\)/,
    }),
  ),
  { attack: "endless-error", command: "get", exit: 1, message: /the download failed: .*HTTP 500 instead of the file/ },
  {
    attack: "short-body",
    command: "get",
    exit: 1,
    message: /the download failed: received 5 bytes, but fs\/get reported 1000000$/m,
  },
  { attack: "endless-body", command: "get", exit: 1, message: /the download failed: .*more than the 1000000 bytes/ },
  {
    attack: "stalled-body",
    command: "get",
    exit: 1,
    globals: ["--idle-timeout", "1"],
    message: /no data moved for 1 s \(see --idle-timeout\)/,
  },
  {
    attack: "stalled-head",
    command: "get",
    exit: 1,
    globals: ["--idle-timeout", "1"],
    message: /no data moved for 1 s \(see --idle-timeout\)/,
  },
  {
    attack: "stalled-upload",
    command: "put",
    exit: 1,
    globals: ["--idle-timeout", "1"],
    message: /no data moved for 1 s \(see --idle-timeout\)/,
  },
  { attack: "redirect-loop", command: "get", exit: 1, message: /the download failed: .*redirect/ },
  { attack: "list-huge-total", command: "ls", exit: 0, stdout: "entry-1.txt\n" },
  { attack: "list-ignores-page", command: "ls", exit: 1, message: /did not answer as the AList API does: .*page/ },
  { attack: "list-no-total", command: "ls", exit: 1, message: /did not answer as the AList API does: .*total/ },
  { attack: "null-entry", command: "ls", exit: 1, message: /did not answer as the AList API does: .*content/ },
  ...(["ls", "stat", "get"] as const).map(
    (command): Case => ({
      attack: "numeric-modified",
      command,
      exit: 1,
      message: /did not answer as the AList API does: .*modified/,
    }),
  ),
  // No entry can be called that: the listing is refused rather than printed in part.
  {
    attack: "odd-names",
    command: "ls",
    exit: 1,
    message:
      /did not answer as the AList API does: content\[0\]\.name is not a valid entry name: it holds a NUL character/,
  },
  { attack: "file-raw-url", command: "get", exit: 1, message: /the download failed: .*file:/ },
  { attack: "foreign-raw-url", command: "get", exit: 0 },
];

let sandbox: Sandbox;
let upload: string;
const figures: string[] = [];

beforeAll(async () => {
  sandbox = await makeSandbox();
  upload = join(sandbox.dir, "upload.bin");
  await writeFile(upload, randomBytes(UPLOAD_BYTES));
});
afterAll(async () => {
  console.info(`peak RSS of the CLI per attack:\n${figures.join("\n")}`);
  await sandbox.remove();
});

function commandArgs(command: Command, downloads: string): string[] {
  switch (command) {
    case "ls":
      return ["ls", "/folder"];
    case "stat":
      return ["stat", "/folder/file.bin"];
    case "whoami":
      return ["whoami"];
    case "tasks":
      return ["tasks"];
    case "get":
      return ["get", "/folder/file.bin", `${downloads}/`];
    case "put":
      return ["put", upload, "/folder/upload.bin"];
  }
}

/** Runs the CLI against `server`, following its peak RSS. */
async function runWatched(server: HostileServer, args: string[]): Promise<CliResult & { peak: number }> {
  const { child, done } = startCli(sandbox, ["--server", server.url, "--token", TOKEN, ...args]);
  const watch = watchPeakRss(child.pid ?? 0, { killAboveBytes: KILL_ABOVE });
  try {
    const result = await done;
    return { ...result, peak: watch.stop() };
  } finally {
    watch.stop();
  }
}

/** Every character a terminal would act on, apart from the CLI's own line breaks. */
function controls(text: string): string[] {
  return [...text].filter((char) => {
    const code = char.charCodeAt(0);
    return char !== "\n" && (code < 0x20 || (code >= 0x7f && code <= 0x9f));
  });
}

it("covers every attack of the hostile server", () => {
  // stalled-upload is met only by put; every other attack by at least one command.
  expect(new Set(CASES.map((c) => c.attack))).toEqual(new Set(HOSTILE_ATTACKS));
});

describe.each(CASES.map((c) => [`${c.attack}: ${c.command}`, c] as const))("%s", (_name, c) => {
  it(`exit ${c.exit}${c.message ? `, ${c.message}` : ""}, peak RSS under 150 MB`, async () => {
    const server = await hostileServer(c.attack, { size: SIZE, ...c.server });
    const downloads = join(sandbox.dir, `get-${c.attack}-${c.command}`);
    await mkdir(downloads);
    try {
      const result = await runWatched(server, [...(c.globals ?? []), ...commandArgs(c.command, downloads)]);
      figures.push(`  ${`${c.attack} (${c.command})`.padEnd(32)} ${(result.peak / 1024 / 1024).toFixed(1)} MiB`);

      expect(result.signal).toBeNull();
      expect(result.code, result.stderr).toBe(c.exit);
      if (c.message) {
        expect(result.stderr).toMatch(/^alist: [^\n]+\n$/);
        expect(result.stderr).toMatch(c.message);
        expect(result.stdout).toBe("");
      } else {
        expect(result.stderr).toBe(c.stderr ?? "");
      }
      if (c.stdout !== undefined) expect(result.stdout).toBe(c.stdout);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(controls(result.stdout + result.stderr)).toEqual([]);
      expect(result.stdout + result.stderr).not.toContain(TOKEN);
      expect(result.peak).toBeGreaterThan(0);
      expect(result.peak).toBeLessThan(LIMIT);

      // The token goes to the API only, never with the bytes of a link.
      const links = server.seen.filter((request) => !request.path.startsWith("/api/"));
      for (const request of [...links, ...(server.foreign?.seen ?? [])]) {
        expect(JSON.stringify(request.headers)).not.toContain(TOKEN);
      }
      if (c.command === "get") {
        const left = await readdir(downloads);
        if (c.exit === 0) {
          expect(left).toEqual(["file.bin"]);
          expect((await readFile(join(downloads, "file.bin"))).equals(hostileFileBytes(SIZE))).toBe(true);
        } else {
          expect(left).toEqual([]);
        }
      }
      if (c.attack === "foreign-raw-url") expect(server.foreign?.seen.length).toBe(1);
    } finally {
      await server.close();
    }
  });
});

it('ls: a name holding "/" is refused as a protocol error, not printed as a path', async () => {
  const server = await listen((req, res) => {
    req.resume();
    res.setHeader("Content-Type", "application/json; charset=utf-8");
    const page = { content: [fsObject("../../etc/passwd", 3, false)], total: 1, readme: "", header: "", write: true };
    res.end(JSON.stringify({ code: 200, message: "success", data: page }));
  });
  try {
    const result = await runCli(sandbox, ["--server", server.url, "--token", TOKEN, "ls", "/folder"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(
      `alist: ${server.url} did not answer as the AList API does: content[0].name is not a valid entry name: it holds a "/" (HTTP 200)\n`,
    );
  } finally {
    await server.close();
  }
});

describe("--idle-timeout", () => {
  async function getStalled(globals: string[]) {
    const server = await hostileServer("stalled-body", { size: SIZE });
    const downloads = await mkdtemp(join(sandbox.dir, "idle-"));
    const started = performance.now();
    try {
      const result = await runWatched(server, [...globals, "get", "/folder/file.bin", `${downloads}/`]);
      return { result, ms: performance.now() - started, left: await readdir(downloads) };
    } finally {
      await server.close();
    }
  }

  it("a stalled download fails after the given idle time: exit 1, one line, no file left", async () => {
    const { result, ms, left } = await getStalled(["--idle-timeout", "1.5"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("alist: get /folder/file.bin: no data moved for 1.5 s (see --idle-timeout)\n");
    expect(left).toEqual([]);
    // It waited for the given idle time, not the default 60 s.
    expect(ms).toBeGreaterThanOrEqual(1400);
    expect(ms).toBeLessThan(30_000);
  });

  it("0 turns it off: only the whole-call limit ends the stall", async () => {
    const { result, ms, left } = await getStalled(["--idle-timeout", "0", "--timeout", "2"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /^alist: get \/folder\/file\.bin: \S+ did not answer within 2 s \(see --timeout\)\n$/,
    );
    expect(left).toEqual([]);
    expect(ms).toBeGreaterThanOrEqual(1900);
  });

  it("a value that is not a number of seconds is a usage error (exit 2)", async () => {
    const result = await runCli(sandbox, ["--server", "http://127.0.0.1:9", "--idle-timeout", "soon", "ls"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^alist: option '--idle-timeout <seconds>' argument 'soon' is invalid/);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  // Node fires a longer timer at once, with a TimeoutOverflowWarning on stderr.
  it.each(["--idle-timeout", "--timeout"])(
    "%s past what a timer holds is a usage error, not a failure at once",
    async (option) => {
      const server = await hostileServer("honest", { size: SIZE });
      const downloads = await mkdtemp(join(sandbox.dir, "long-"));
      try {
        const result = await runWatched(server, [option, "9999999", "get", "/folder/file.bin", `${downloads}/`]);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe(
          `alist: option '${option} <seconds>' argument '9999999' is invalid. at most 2147483 seconds (about 24 days; 0 = no limit)\n`,
        );
        expect(server.seen).toEqual([]);
      } finally {
        await server.close();
      }
    },
  );

  it("the longest allowed value still downloads", async () => {
    const server = await hostileServer("honest", { size: SIZE });
    const downloads = await mkdtemp(join(sandbox.dir, "longest-"));
    try {
      const args = ["--idle-timeout", "2147483", "--timeout", "2147483", "get", "/folder/file.bin", `${downloads}/`];
      const result = await runWatched(server, args);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toBe("");
      expect((await readFile(join(downloads, "file.bin"))).equals(hostileFileBytes(SIZE))).toBe(true);
    } finally {
      await server.close();
    }
  });
});
