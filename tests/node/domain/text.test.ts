// Invariant: every string the app stores or shows is well-formed Unicode with
// no NUL or other C0 control (tab and newline kept in long text, flattened to
// spaces in single-line text), within its length cap, never with half a
// surrogate pair; every stored coordinate is a finite number within
// ±MAX_COORDINATE and never -0.
import { describe, expect, it } from "vitest";
import {
  cleanCoordinate,
  cleanText,
  isFiniteNumber,
  MAX_COORDINATE,
} from "../../../src/domain/text";

const isWellFormed = (s: string) => s.isWellFormed();

describe("cleanText", () => {
  it("replaces lone surrogates so the result is well-formed", () => {
    expect(cleanText("a\uD800b", 300)).toBe("a\uFFFDb");
    expect(cleanText("\uDC00", 300)).toBe("\uFFFD");
    expect(cleanText("end\uD83D", 300)).toBe("end\uFFFD");
    expect(isWellFormed(cleanText("\uDC00\uD800x\uD800", 300))).toBe(true);
  });

  it("strips NUL, C0 controls and DEL but keeps tab and newlines in long text", () => {
    expect(cleanText("a\u0000b\u0007c\u001Fd\u007Fe\u000Bf\u000Cg", 300)).toBe("abcdefg");
    expect(cleanText("line 1\n\tline 2\r\nline 3", 300)).toBe("line 1\n\tline 2\r\nline 3");
  });

  it("flattens tabs and line breaks to one space in single-line text", () => {
    expect(cleanText("a\tb\nc\r\n\r\nd", 300, true)).toBe("a b c d");
    expect(cleanText("a\u0000\nb", 300, true)).toBe("a b");
  });

  it("caps the length without splitting a surrogate pair", () => {
    const text = `${"x".repeat(299)}😀`; // the emoji straddles the cap
    const cut = cleanText(text, 300);
    expect(cut).toBe("x".repeat(299));
    expect(isWellFormed(cut)).toBe(true);
    const fits = `${"x".repeat(298)}😀`;
    expect(cleanText(fits, 300)).toBe(fits);
    for (let cap = 1; cap < 40; cap++) {
      const out = cleanText("😀".repeat(30), cap);
      expect(out.length).toBeLessThanOrEqual(cap);
      expect(isWellFormed(out)).toBe(true);
      expect(out).toBe("😀".repeat(Math.floor(Math.min(cap, 60) / 2)));
    }
  });

  it("is idempotent: cleaning clean text changes nothing", () => {
    const samples = ["a\uD800b", `${"y".repeat(299)}😀`, "\u0000x\ny", "e\u0301"];
    for (const s of samples) {
      for (const single of [false, true]) {
        const once = cleanText(s, 300, single);
        expect(cleanText(once, 300, single)).toBe(once);
      }
    }
  });

  it("keeps combining marks, emoji ZWJ sequences, zero-width and bidi characters", () => {
    const zalgo = `e${"\u0301".repeat(500)}`;
    expect(cleanText(zalgo, 20_000)).toBe(zalgo);
    expect(cleanText(zalgo, 300)).toHaveLength(300); // capped like any text
    expect(cleanText("👩‍👩‍👧 family", 300)).toBe("👩‍👩‍👧 family");
    // U+202E (right-to-left override) is kept: right-to-left writers need bidi
    // controls, and titles are rendered as text, never interpreted.
    expect(cleanText("\u202Eabc\u202C", 300)).toBe("\u202Eabc\u202C");
    expect(cleanText("a\u200Bb", 300)).toBe("a\u200Bb");
  });

  it("turns anything that is not a string into an empty string", () => {
    for (const v of [undefined, null, 42, {}, ["a"], true]) expect(cleanText(v, 300)).toBe("");
  });
});

describe("cleanCoordinate", () => {
  it("refuses what is not a finite number within the cap", () => {
    for (const v of [Number.NaN, Infinity, -Infinity, 1e308, -1e308, MAX_COORDINATE + 1]) {
      expect(cleanCoordinate(v)).toBeNull();
    }
    for (const v of ["12", null, undefined, {}, [1], true, 10n]) {
      expect(cleanCoordinate(v)).toBeNull();
    }
  });

  it("keeps finite numbers within the cap and turns -0 into 0", () => {
    expect(cleanCoordinate(3.5)).toBe(3.5);
    expect(cleanCoordinate(MAX_COORDINATE)).toBe(MAX_COORDINATE);
    expect(cleanCoordinate(-MAX_COORDINATE)).toBe(-MAX_COORDINATE);
    expect(Object.is(cleanCoordinate(-0), 0)).toBe(true);
  });

  it("isFiniteNumber accepts only finite numbers", () => {
    expect([1, -0, 1e308].every(isFiniteNumber)).toBe(true);
    expect([Number.NaN, Infinity, "1", null].some(isFiniteNumber)).toBe(false);
  });
});
