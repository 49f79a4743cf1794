/** The CLI prints the spec's names for task states, object types, roles and permission bits. */
import { describe, expect, it } from "vitest";
import { permissionText } from "../../src/commands/whoami.js";
import { kindOf } from "../../src/format.js";
import { stateName } from "../../src/tasks-format.js";

describe("names from the spec", () => {
  it("task states by number, unknown ones by number", () => {
    expect([0, 1, 2, 4, 5, 7, 8, 9].map(stateName)).toEqual([
      "pending",
      "running",
      "succeeded",
      "canceled",
      "errored",
      "failed",
      "waiting retry",
      "before retry",
    ]);
    expect(stateName(42)).toBe("state 42");
  });

  it("object kinds: is_dir first (fs/get says 0 for folders), unknown types are files", () => {
    expect(kindOf({ is_dir: true, type: 0 })).toBe("folder");
    expect(kindOf({ is_dir: false, type: 2 })).toBe("video");
    expect(kindOf({ is_dir: false, type: 5 })).toBe("image");
    expect(kindOf({ is_dir: false, type: 0 })).toBe("file");
    expect(kindOf({ is_dir: false, type: 99 })).toBe("file");
  });

  it("permission bits: shared names, and both lines' meanings of bit 14", () => {
    expect(permissionText(0x30ff)).toBe(
      "0x30ff: see hidden, no folder password, offline download, write, rename, move, copy, remove, read archives, decompress",
    );
    expect(permissionText(1 << 14)).toBe("0x4000: bit 14 (openlist: share, alistgo: check path limit)");
    expect(permissionText(1 << 16)).toBe("0x10000: bit 16 (alistgo: mcp write)");
    expect(permissionText(1 << 20)).toBe("0x100000: bit 20");
    expect(permissionText(0)).toBe("0x0 (none)");
  });
});
