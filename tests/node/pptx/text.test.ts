// Invariant: slide text never carries what XML 1.0 forbids (NUL and other C0
// controls, lone surrogates, U+FFFE/U+FFFF), keeps everything else, and is
// capped with an ellipsis without splitting a surrogate pair or leaving a
// direction isolate open.
import { describe, expect, it } from "vitest";
import { estimateLines } from "../../../src/io/pptx/measure";
import { MAX_CELL_TEXT, slideText } from "../../../src/io/pptx/text";
import { plain } from "../../../src/io/report/text";

describe("slideText", () => {
  it("drops characters XML cannot hold and keeps the rest", () => {
    expect(slideText("a\u0000b\u0007c\uFFFEd\uFFFF")).toBe("abcd");
    expect(slideText("lone \uD800 end")).toBe("lone \uFFFD end");
    expect(slideText('<script> & "q" ]]> \u202E é')).toBe('<script> & "q" ]]> \u202E é');
  });

  it("joins lines unless asked to keep them", () => {
    expect(slideText("one\ntwo")).toBe("one two");
    expect(slideText("one\ntwo", 100, false)).toBe("one\ntwo");
  });

  it("caps long text with an ellipsis and never halves an emoji", () => {
    const capped = slideText("😀".repeat(100), 11);
    expect(capped.length).toBeLessThanOrEqual(11);
    expect(capped.endsWith("…")).toBe(true);
    expect(capped.toWellFormed()).toBe(capped);
  });

  it("closes a direction isolate it cuts through", () => {
    // The report wraps a right-to-left title in an isolate (U+2068 … U+2069).
    const title = plain(`\u202E${"é".repeat(MAX_CELL_TEXT * 2)}`, true);
    const capped = slideText(title);
    expect(capped.length).toBeLessThanOrEqual(MAX_CELL_TEXT);
    expect(capped).toMatch(/^\u2068\u202Eé+…\u2069$/);
  });
});

describe("estimateLines", () => {
  it("wraps by words and breaks a word longer than a line", () => {
    expect(estimateLines("short", 5, 12)).toBe(1);
    expect(estimateLines("word ".repeat(200), 2, 12)).toBeGreaterThan(20);
    expect(estimateLines("x".repeat(100), 1, 12)).toBeGreaterThanOrEqual(9);
    expect(estimateLines("a\nb\nc", 5, 12)).toBe(3);
  });
});
