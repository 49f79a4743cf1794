import { describe, expect, it } from "vitest";
import { isBreakingBump, judge, parseAllowList } from "../src/acknowledge.js";
import { change } from "../src/change.js";

const removed = change("response-property-removed", "POST /api/fs/get response 200: FsGetSuccess.data.size", "#/x");
const added = change("response-property-added", "POST /api/fs/get response 200: FsGetSuccess.data.mount", "#/y");

describe("acknowledging a client-breaking change", () => {
  it("fails an unlisted break and passes a safe change", () => {
    const verdict = judge([removed, added], []);
    expect(verdict.pass).toBe(false);
    expect(verdict.unacknowledged).toEqual([removed]);
    expect(judge([added], []).pass).toBe(true);
  });

  it("passes a break listed with its rule and place, and keeps the reason", () => {
    const list = parseAllowList(
      `acknowledged:\n  - rule: response-property-removed\n    place: "${removed.place}"\n    reason: servers never sent it\n`,
    );
    const verdict = judge([removed], list);
    expect(verdict.pass).toBe(true);
    expect(verdict.acknowledged).toEqual([{ change: removed, reason: "servers never sent it" }]);
    expect(verdict.unused).toEqual([]);
  });

  it("does not let an entry for another place acknowledge the change, and reports the entry as unused", () => {
    const list = parseAllowList(
      "acknowledged:\n  - rule: response-property-removed\n    place: 'POST /api/fs/list response 200: x'\n    reason: r\n",
    );
    const verdict = judge([removed], list);
    expect(verdict.pass).toBe(false);
    expect(verdict.unused).toHaveLength(1);
  });

  it("passes every break when the client's version took a breaking bump", () => {
    expect(judge([removed], [], "0.1.0", "0.2.0").pass).toBe(true);
    expect(judge([removed], [], "0.1.0", "0.1.1").pass).toBe(false);
    expect(judge([removed], [], "1.4.2", "2.0.0").pass).toBe(true);
  });

  it.each([
    ["0.1.0", "0.2.0", true],
    ["0.1.0", "1.0.0", true],
    ["0.1.0", "0.1.9", false],
    ["1.2.3", "1.9.0", false],
    ["1.2.3", "2.0.0", true],
    ["2.0.0", "1.0.0", false],
    ["0.0.1", "0.0.2", true],
    [undefined, "2.0.0", false],
  ])("a bump from %s to %s is breaking: %s", (from, to, breaking) => {
    expect(isBreakingBump(from, to)).toBe(breaking);
  });

  it.each([
    ["not a list", "acknowledged: {}", '"acknowledged" must be a list'],
    [
      "no reason",
      "acknowledged:\n  - rule: response-property-removed\n    place: p\n",
      'entry 1 needs a non-empty "reason"',
    ],
    [
      "unknown rule",
      "acknowledged:\n  - rule: no-such-rule\n    place: p\n    reason: r\n",
      'unknown rule "no-such-rule"',
    ],
    ["broken YAML", "acknowledged: [", "not valid YAML"],
  ])("refuses a malformed allow-list (%s)", (_name, text, message) => {
    expect(() => parseAllowList(text)).toThrow(message);
  });

  it("reads a missing or empty allow-list as no entries", () => {
    expect(parseAllowList(undefined)).toEqual([]);
    expect(parseAllowList("# nothing yet\n")).toEqual([]);
  });
});
