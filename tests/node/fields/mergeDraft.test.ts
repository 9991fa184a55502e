// What a draft-then-commit field writes: only this person's change, moved onto
// what the document holds by then; when both changed the same words, the
// peer's text that was replaced is handed back to be shown.
import { describe, expect, it } from "vitest";
import { mergeDraft } from "../../../src/fields/mergeDraft";

describe("mergeDraft", () => {
  it("writes the draft as it is when nobody else changed the text", () => {
    expect(mergeDraft("Less lonely", "People feel less lonely", "Less lonely")).toEqual({
      text: "People feel less lonely",
      replaced: null,
    });
  });

  it("writes nothing of its own when this person changed nothing (the peer's text stays)", () => {
    expect(mergeDraft("Old title", "Old title", "Peer's title").text).toBe("Peer's title");
  });

  it("keeps a peer's change elsewhere in the text", () => {
    expect(
      mergeDraft(
        "Fewer people feel lonely",
        "Fewer people feel lonely in Leeds",
        "Far fewer people feel lonely",
      ),
    ).toEqual({ text: "Far fewer people feel lonely in Leeds", replaced: null });
  });

  it("keeps both lines of a rationale changed on different lines", () => {
    const base = "Contact builds trust\nTrust keeps people coming";
    const mine = "Regular contact builds trust\nTrust keeps people coming";
    const theirs = "Contact builds trust\nTrust keeps people coming back";
    expect(mergeDraft(base, mine, theirs)).toEqual({
      text: "Regular contact builds trust\nTrust keeps people coming back",
      replaced: null,
    });
  });

  it("lets this person's change win where both changed the same words, and hands back the peer's text", () => {
    expect(mergeDraft("Title one", "Title mine", "Title theirs")).toEqual({
      text: "Title mine",
      replaced: "Title theirs",
    });
  });

  it("reports words a peer typed inside the span this person replaced", () => {
    expect(mergeDraft("Run groups weekly", "Run clubs", "Run friendship groups weekly")).toEqual({
      text: "Run clubs",
      replaced: "Run friendship groups weekly",
    });
  });

  it("does not run two new texts of an empty field together", () => {
    expect(mergeDraft("", "Alice", "Bob")).toEqual({ text: "Alice", replaced: "Bob" });
  });

  it("keeps both when one only typed next to the other's change", () => {
    expect(mergeDraft("ab", "Xb", "aY")).toEqual({ text: "XY", replaced: null });
  });

  it("does not report a peer's deletion this person's change does not touch", () => {
    expect(mergeDraft("a b c", "a b c d", "a c")).toEqual({ text: "a c d", replaced: null });
  });
});
