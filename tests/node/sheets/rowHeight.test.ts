// Invariant: XLSX rows are as tall as their wrapped text (so LibreOffice and
// Excel never draw one row's text over the next), one line when it fits,
// never taller than Excel allows.
import { describe, expect, it } from "vitest";
import { rowHeight } from "../../../src/io/sheets/rowHeight";
import { TABLES } from "../../../src/io/sheets/tables";

const columns = TABLES.Links; // Id, From id, To id, From, To, Because (wrapped, 30/30/50 wide)

describe("rowHeight", () => {
  it("leaves a row that fits on one line at the default height", () => {
    expect(rowHeight(columns, ["id", "a", "b", "Short", "Short", "Because"])).toBeUndefined();
    // 500 combining marks on one letter are still one character wide.
    expect(
      rowHeight(columns, ["id", "a", "b", `a${"\u0301".repeat(500)}`, "", ""]),
    ).toBeUndefined();
  });

  it("grows with wrapped words and line breaks in wrapped columns only", () => {
    const words = "Introduce people to community groups, activities and advice";
    expect(rowHeight(columns, ["id", "a", "b", words, "", ""])).toBe(2 * 15 + 2);
    expect(rowHeight(columns, ["id", "a", "b", "one\ntwo\r\nthree", "", ""])).toBe(3 * 15 + 2);
    expect(rowHeight(columns, ["x".repeat(200), "", "", "", "", ""])).toBeUndefined();
  });

  it("never exceeds Excel's tallest row", () => {
    expect(rowHeight(columns, ["id", "a", "b", "", "", "word ".repeat(20_000)])).toBe(409);
  });
});
