// Session links carry the room and a 256-bit secret with a checksum, so a
// damaged link (cut short, a changed character, injected markup) is refused
// before anything goes on the network, and a good one round-trips.
import { describe, expect, it } from "vitest";
import { formatRoomFragment, newRoomSecret, parseRoomFragment } from "../../../src/domain/roomLink";

describe("room links", () => {
  it("round-trips a new secret and room id", () => {
    const secret = newRoomSecret();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{47}$/);
    const parsed = parseRoomFragment(formatRoomFragment({ roomId: "abc_DEF-123", secret }));
    expect(parsed).toEqual({ ok: true, link: { roomId: "abc_DEF-123", secret } });
  });

  it("makes a different secret every time", () => {
    const secrets = new Set(Array.from({ length: 50 }, newRoomSecret));
    expect(secrets.size).toBe(50);
  });

  it("says a cut-short or altered link is damaged", () => {
    const good = formatRoomFragment({ roomId: "room1", secret: newRoomSecret() });
    expect(parseRoomFragment(good.slice(0, -3))).toEqual({ ok: false, reason: "damaged" });
    const last = good.at(-10) === "A" ? "B" : "A";
    const altered = `${good.slice(0, -10)}${last}${good.slice(-9)}`;
    expect(parseRoomFragment(altered)).toEqual({ ok: false, reason: "damaged" });
  });

  it.each([
    ["#room=<script>alert(1)</script>,x"],
    ["#room=%00,%00"],
    [`#room=${"a".repeat(10_000)},${"b".repeat(10_000)}`],
    ["#room=,"],
    ["#room=room1"],
    ["#room=room1,ünïcødé"],
    [`#room=room1,${newRoomSecret()},extra`],
  ])("refuses the hostile fragment %#", (fragment) => {
    expect(parseRoomFragment(fragment)).toEqual({ ok: false, reason: "damaged" });
  });

  it("leaves other fragments alone", () => {
    expect(parseRoomFragment("#/doc/abc")).toEqual({ ok: false, reason: "not-a-room" });
    expect(parseRoomFragment("")).toEqual({ ok: false, reason: "not-a-room" });
  });
});
