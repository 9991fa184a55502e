// Invariant: spreadsheet downloads are named like every other export,
// `<title>-theory-of-change-YYYY-MM-DD.<ext>`, through the shared slug.
import { describe, expect, it } from "vitest";
import { sheetDownloadName } from "../../../src/io/sheets/fileTypes";
import { fileBaseName } from "../../../src/io/tocJson/fileName";

describe("sheetDownloadName", () => {
  it("uses the shared base name with the format's extension", () => {
    const now = new Date(2026, 11, 3, 9, 30);
    expect(sheetDownloadName("Social prescribing: PCN", now, "xlsx")).toBe(
      "social-prescribing-pcn-theory-of-change-2026-12-03.xlsx",
    );
    const hostile = "../<script>=cmd|' /C calc'!A0";
    expect(sheetDownloadName(hostile, now, "csv")).toBe(`${fileBaseName(hostile, now)}.csv`);
    expect(sheetDownloadName(hostile, now, "csv")).toMatch(/^[a-z0-9-]+\.csv$/);
  });
});
