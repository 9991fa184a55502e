// The canvas redraws for what it shows of others — selections, live drags,
// names, colours — and not for pointer moves or idle flags, which arrive up
// to 30 times a second per participant.
import { describe, expect, it } from "vitest";
import { marksKey, remoteMarks } from "../../../src/canvas/remotePresence";
import type { Participant } from "../../../src/domain/presence";

const pat: Participant = {
  clientId: 7,
  name: "Pat",
  colour: "#005eb8",
  colourName: "blue",
  cursor: { x: 10, y: 20 },
  selection: ["e1"],
  dragging: null,
  idle: false,
};

describe("marksKey", () => {
  it("ignores pointer moves and idle flags", () => {
    const moved = { ...pat, cursor: { x: 400, y: 2 }, idle: true };
    expect(marksKey([moved])).toBe(marksKey([pat]));
    expect(marksKey([{ ...pat, selection: [] }])).toBe(marksKey([]));
  });

  it("changes with a selection, a drag, a name or a colour", () => {
    const key = marksKey([pat]);
    expect(marksKey([{ ...pat, selection: ["e2"] }])).not.toBe(key);
    expect(marksKey([{ ...pat, dragging: new Map([["e1", { x: 1, y: 2 }]]) }])).not.toBe(key);
    expect(marksKey([{ ...pat, name: "Sam" }])).not.toBe(key);
    expect(marksKey([{ ...pat, colour: "#b1221c" }])).not.toBe(key);
  });

  it("two participants selecting the same element are both marked", () => {
    const sam = { ...pat, clientId: 8, name: "Sam", colour: "#b1221c" };
    expect(
      remoteMarks([pat, sam])
        .selectedBy.get("e1")
        ?.map((m) => m.name),
    ).toEqual(["Pat", "Sam"]);
  });
});
