/** The CLI's text helpers, directly: sizes, durations, rates, times, tables and the rendered objects. */
import type { CurrentUser, FsGetData, Obj, TaskInfo } from "@alist-toolkit/client";
import { fsObject } from "@alist-toolkit/testkit";
import { describe, expect, it } from "vitest";
import { longListing } from "../../src/commands/ls.js";
import { renderObject } from "../../src/commands/stat.js";
import { renderUser } from "../../src/commands/whoami.js";
import { fields, humanBytes, humanDuration, humanRate, shortTime, sizeWithBytes, table } from "../../src/format.js";
import type { Style } from "../../src/output.js";
import { progressText, taskTable } from "../../src/tasks-format.js";

const plain: Style = { bold: (text) => text, red: (text) => text, dim: (text) => text };
const marked: Style = { ...plain, bold: (text) => `<${text}>` };

describe("sizes, durations, rates and times", () => {
  it("humanBytes: bytes below 1 KiB, then one decimal of the largest unit that fits", () => {
    expect([0, 512, 1023, 1024, 1536, 276_134_947, 5 * 1024 ** 4, 2 * 1024 ** 6].map(humanBytes)).toEqual([
      "0 B",
      "512 B",
      "1023 B",
      "1.0 KiB",
      "1.5 KiB",
      "263.3 MiB",
      "5.0 TiB",
      "2048.0 PiB",
    ]);
    expect(humanBytes(Number.NaN)).toBe("NaN B");
  });

  it("sizeWithBytes adds the exact count, singular for one", () => {
    expect(sizeWithBytes(276_134_947)).toBe("263.3 MiB (276134947 bytes)");
    expect(sizeWithBytes(1)).toBe("1 B (1 byte)");
    expect(sizeWithBytes(0)).toBe("0 B (0 bytes)");
  });

  it("humanDuration: seconds, then minutes and seconds, then hours and minutes; nonsense is ?", () => {
    expect([0, 1.24, 59.94, 60, 184.4, 3599, 3600, 7500].map(humanDuration)).toEqual([
      "0.0 s",
      "1.2 s",
      "59.9 s",
      "1 min 0 s",
      "3 min 4 s",
      "59 min 59 s",
      "1 h 0 min",
      "2 h 5 min",
    ]);
    expect(humanDuration(-1)).toBe("?");
    expect(humanDuration(Number.POSITIVE_INFINITY)).toBe("?");
  });

  it("humanRate: bytes per second, or - when no time passed", () => {
    expect(humanRate(3 * 1024 * 1024, 2)).toBe("1.5 MiB/s");
    expect(humanRate(100, 3)).toBe("33 B/s");
    expect(humanRate(100, 0)).toBe("-");
  });

  it("shortTime: the server's clock to the minute, - for the zero time or none", () => {
    expect(shortTime("2024-05-17T13:47:55.4174917+08:00")).toBe("2024-05-17 13:47");
    expect(shortTime("0001-01-01T00:00:00Z")).toBe("-");
    expect(shortTime("")).toBe("-");
  });

  it("progressText: whole percentages as is, others to one decimal", () => {
    expect([0, 100, 37.5, 33.333].map(progressText)).toEqual(["0%", "100%", "37.5%", "33.3%"]);
  });
});

describe("tables and fields", () => {
  it("table pads each column to its widest cell, right-aligns the ones asked (header too), never pads the last", () => {
    const text = table(
      ["", "SIZE", "NAME"],
      [
        ["d", "-", "photos/"],
        ["-", "1.5 KiB", "a.txt"],
      ],
      { right: [1], style: (line) => `<${line}>` },
    );
    expect(text.split("\n")).toEqual(["<      SIZE  NAME>", "d        -  photos/", "-  1.5 KiB  a.txt"]);
  });

  it("fields aligns the values two spaces past the longest label, labels styled", () => {
    expect(
      fields(
        [
          ["name", "a.txt"],
          ["raw URL", "http://x/a.txt"],
        ],
        (label) => `[${label}]`,
      ),
    ).toBe("[name     ]a.txt\n[raw URL  ]http://x/a.txt");
  });
});

describe("what the commands print", () => {
  it("ls -l: kind, size (folders -), modified, name with / for folders", () => {
    const entries = [fsObject("photos", 0, true), fsObject("a.bin", 276_134_947, false)] as Obj[];
    expect(longListing(entries).split("\n")).toEqual([
      "        SIZE  MODIFIED          NAME",
      "d          -  2024-05-17 13:47  photos/",
      "-  263.3 MiB  2024-05-17 13:47  a.bin",
    ]);
  });

  it("stat: every field, hashes by name, the raw URL only when there is one, unknown for the zero time", () => {
    const object = {
      ...fsObject("film.mkv", 2048, false),
      type: 2,
      hash_info: { md5: "d41d8cd98f00b204e9800998ecf8427e", sha1: "" },
      raw_url: "http://127.0.0.1:5244/p/film.mkv",
    } as FsGetData;
    expect(renderObject(object, marked).split("\n")).toEqual([
      "<name      >film.mkv",
      "<size      >2.0 KiB (2048 bytes)",
      "<kind      >video",
      "<modified  >2024-05-17T13:47:55.4174917+08:00",
      "<provider  >Local",
      "<hashes    >md5 d41d8cd98f00b204e9800998ecf8427e",
      "<raw URL   >http://127.0.0.1:5244/p/film.mkv",
    ]);
    const bare = { ...fsObject("x", 0, true), modified: "0001-01-01T00:00:00Z" } as FsGetData;
    expect(renderObject(bare, plain)).toBe(
      [
        "name      x",
        "size      0 B (0 bytes)",
        "kind      folder",
        "modified  unknown",
        "provider  Local",
        "hashes    none",
      ].join("\n"),
    );
  });

  const user: CurrentUser = {
    id: 1,
    username: "robot",
    password: "",
    base_path: "/local",
    role: 0,
    disabled: false,
    permission: 0x3,
    sso_id: "",
    otp: true,
  };

  it("whoami: role by the spec's name, permissions by bit, 2FA and disabled in words", () => {
    expect(renderUser(user, plain).split("\n")).toEqual([
      "username     robot",
      "role         general",
      "base path    /local",
      "permissions  0x3: see hidden, no folder password",
      "2FA          on",
      "disabled     no",
    ]);
  });

  it("whoami: AlistGo's role ids by their names as sent, else by the spec's; an unknown role by number", () => {
    const role = (given: Partial<CurrentUser>) => renderUser({ ...user, ...given }, plain).split("\n")[1];
    expect(role({ role: [2, 1], role_names: ["admin", "guest"] })).toBe("role         admin, guest");
    expect(role({ role: [2, 7], role_names: null })).toBe("role         admin, 7");
    expect(role({ role: 5 as CurrentUser["role"] })).toBe("role         role 5");
  });

  it("tasks: id, type, state name, progress and name with the error, progress right-aligned", () => {
    const task = (id: string, state: TaskInfo["state"], progress: number, error = ""): TaskInfo & { type: string } => ({
      id,
      name: `copy ${id}`,
      state,
      status: "",
      progress,
      error,
      type: "copy",
    });
    expect(taskTable([task("t1", 1, 37.5), task("t2", 7, 100, "disk full")]).split("\n")).toEqual([
      "ID  TYPE  STATE    PROGRESS  NAME",
      "t1  copy  running     37.5%  copy t1",
      "t2  copy  failed       100%  copy t2 (error: disk full)",
    ]);
  });
});
