// A peer's awareness state is shown only after cleaning: names are plain,
// capped text; positions finite; ids valid; junk states ignored.
import { describe, expect, it } from "vitest";
import { MAX_NAME_LENGTH, readParticipant } from "../../../src/domain/presence";

describe("readParticipant", () => {
  it("keeps a well-formed state", () => {
    const p = readParticipant(7, {
      user: { name: "Amira" },
      cursor: { x: 10, y: -5 },
      selection: ["abc", "def"],
      dragging: { abc: { x: 1, y: 2 } },
    });
    expect(p?.name).toBe("Amira");
    expect(p?.cursor).toEqual({ x: 10, y: -5 });
    expect(p?.selection).toEqual(["abc", "def"]);
    expect([...(p?.dragging ?? [])]).toEqual([["abc", { x: 1, y: 2 }]]);
    expect(p?.colour).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("caps a 1 MB name and keeps markup as text", () => {
    const huge = readParticipant(1, { user: { name: "x".repeat(1_000_000) } });
    expect(huge?.name.length).toBe(MAX_NAME_LENGTH);
    const html = readParticipant(1, { user: { name: "<img src=x onerror=alert(1)>" } });
    expect(html?.name).toBe("<img src=x onerror=alert(1)>".slice(0, MAX_NAME_LENGTH));
  });

  it("drops bad cursors, ids and drags", () => {
    const p = readParticipant(2, {
      user: { name: "\u0000\uD800" },
      cursor: { x: Number.NaN, y: 1 },
      selection: ["ok", "<bad id>", 42, null],
      dragging: { "<bad>": { x: 1, y: 1 }, good: { x: "12", y: 1 }, fine: { x: 3, y: 4 } },
    });
    expect(p?.name).toBe("Someone");
    expect(p?.cursor).toBeNull();
    expect(p?.selection).toEqual(["ok"]);
    expect([...(p?.dragging ?? [])]).toEqual([["fine", { x: 3, y: 4 }]]);
  });

  it("ignores states that are not objects", () => {
    expect(readParticipant(3, null)).toBeNull();
    expect(readParticipant(3, "hello")).toBeNull();
  });

  it("does not let __proto__ keys pollute", () => {
    readParticipant(4, JSON.parse('{"user":{"name":"a"},"dragging":{"__proto__":{"x":1,"y":1}}}'));
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
