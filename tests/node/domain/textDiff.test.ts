// Invariant: applying diffText's splice to the old text gives the new text,
// the splice never cuts a surrogate pair, and moveCaret keeps a caret on the
// same character when text changes elsewhere.
import { describe, expect, it } from "vitest";
import { diffText, moveCaret, type Splice } from "../../../src/domain/textDiff";

const apply = (text: string, s: Splice) =>
  text.slice(0, s.index) + s.insert + text.slice(s.index + s.deleteCount);

describe("diffText", () => {
  it("finds the one changed span", () => {
    expect(diffText("less alone", "much less alone")).toEqual({
      index: 0,
      deleteCount: 0,
      insert: "much ",
    });
    expect(diffText("feel alone", "feel less alone")).toEqual({
      index: 5,
      deleteCount: 0,
      insert: "less ",
    });
    expect(diffText("abc", "abc")).toBeNull();
    expect(diffText("aaa", "aa")).toEqual({ index: 2, deleteCount: 1, insert: "" });
  });

  it("never splits an emoji or other surrogate pair", () => {
    // 😀 is \uD83D\uDE00 and 😁 is \uD83D\uDE01: they share the high half.
    const s = diffText("a😀b", "a😁b") as Splice;
    expect(s).toEqual({ index: 1, deleteCount: 2, insert: "😁" });
    const t = diffText("x\uD83D\uDE00", "x\uD801\uDE00") as Splice;
    expect(t.insert.isWellFormed()).toBe(true);
    expect(apply("x\uD83D\uDE00", t)).toBe("x\uD801\uDE00");
  });

  it("applying the splice always gives the new text", () => {
    const samples = ["", "a", "ab", "ba", "aaaa", "a😀a", "😀😀", "résumé", "x\ny"];
    for (const a of samples) {
      for (const b of samples) {
        const s = diffText(a, b);
        expect(s ? apply(a, s) : a).toBe(b);
      }
    }
  });
});

describe("moveCaret", () => {
  it("keeps the caret on its character when text changes before or after it", () => {
    const splice = { index: 0, deleteCount: 0, insert: "Older " };
    expect(moveCaret(4, splice)).toBe(10);
    expect(moveCaret(4, { index: 8, deleteCount: 2, insert: "" })).toBe(4);
    expect(moveCaret(5, { index: 3, deleteCount: 4, insert: "xy" })).toBe(5);
  });
});
