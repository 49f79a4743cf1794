import { describe, expect, it } from "vitest";
import { fields, table } from "../../src/format.js";
import { printable } from "../../src/printable.js";

const ESC = "\u001b";
const BEL = "\u0007";
/** Any C0, DEL or C1 control character. */
const anyControl = (text: string) =>
  [...text].some((char) => char.charCodeAt(0) < 0x20 || (char.charCodeAt(0) >= 0x7f && char.charCodeAt(0) <= 0x9f));

describe("printable", () => {
  it("leaves ordinary text, non-ASCII letters and emoji alone (the same string comes back)", () => {
    for (const text of ["Big Buck Bunny.mkv", "café – пароль 写真 📷", "a\\nb (a backslash, not a newline)", ""]) {
      expect(printable(text)).toBe(text);
    }
  });

  it("escapes a screen-clearing, title-setting name into visible text", () => {
    const hostile = `${ESC}[2J${ESC}[H${ESC}]0;PWNED${BEL}x`;
    expect(printable(hostile)).toBe("\\x1b[2J\\x1b[H\\x1b]0;PWNED\\x07x");
  });

  it("names newline, carriage return and tab, so a name cannot forge a row or overwrite one", () => {
    expect(printable("a\nb\rc\td")).toBe("a\\nb\\rc\\td");
  });

  it("escapes every C0, DEL and C1 character and nothing else of the first 256", () => {
    const all = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code)).join("");
    const shown = printable(all);
    expect(anyControl(shown)).toBe(false);
    expect(shown).toContain("\\x00\\x01");
    expect(shown).toContain("~\\x7f\\x80");
    expect(shown).toContain("\\x9f\u00a0");
    // 65 controls; the other 191 characters are kept (3 of the controls have short names).
    expect(shown.length).toBe(191 + 62 * 4 + 3 * 2);
  });

  it("is what table and fields print: cells with controls cannot add rows or escapes", () => {
    const listing = table(["NAME"], [["a\nb"], [`${ESC}[31mred`]]);
    expect(listing.split("\n")).toEqual(["NAME", "a\\nb", "\\x1b[31mred"]);
    const shown = fields([["name", `x${BEL}\ny`]]);
    expect(shown).toBe("name  x\\x07\\ny");
  });
});
