// Invariant: a field's edit made over text someone else has since changed
// keeps both changes: the field's own splice lands at the same place in the
// other person's text, and an untouched field never undoes their typing.
import { describe, expect, it } from "vitest";
import { rebaseEdit } from "../../../src/domain/rebaseEdit";

describe("rebaseEdit", () => {
  it("is the field's text when nobody else typed", () => {
    expect(rebaseEdit("feel alone", "feel less alone", "feel alone")).toBe("feel less alone");
  });

  it("keeps the other person's text when the field did not change", () => {
    expect(rebaseEdit("feel alone", "feel alone", "we feel alone")).toBe("we feel alone");
  });

  it("moves an insertion past the other person's earlier insertion", () => {
    // They added "We " at the start; I added "less " before "alone".
    expect(rebaseEdit("feel alone", "feel less alone", "We feel alone")).toBe("We feel less alone");
  });

  it("keeps an insertion before the other person's later one where it was", () => {
    expect(rebaseEdit("feel alone", "we feel alone", "feel alone today")).toBe(
      "we feel alone today",
    );
  });

  it("a deletion removes only what the field removed", () => {
    // I deleted "very "; they appended "!".
    expect(rebaseEdit("very lonely", "lonely", "very lonely!")).toBe("lonely!");
  });

  it("does not split an emoji the other person typed", () => {
    const out = rebaseEdit("ab", "aXb", "😀ab");
    expect(out).toBe("😀aXb");
    expect(out.isWellFormed()).toBe(true);
  });

  it("always contains both sides' inserted text", () => {
    const base = "one two three";
    const mine = ["one 2 two three", "one two three four", "zero one two three"];
    const theirs = ["one two three!", "One two three", "one two and three", "one two three"];
    for (const after of mine) {
      for (const current of theirs) {
        const out = rebaseEdit(base, after, current);
        if (after.includes("2")) expect(out).toContain("2");
        if (current.endsWith("!")) expect(out.endsWith("!")).toBe(true);
        if (current.includes("and")) expect(out).toContain("and");
      }
    }
  });
});
