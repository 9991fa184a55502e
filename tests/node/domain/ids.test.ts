// Invariant: generated ids are URL-safe, 16 characters, accepted by
// isValidId, and do not repeat; isValidId refuses anything else a peer or a
// file could send as an id.
import { describe, expect, it } from "vitest";
import { isValidId, newId } from "../../../src/domain/ids";

describe("ids", () => {
  it("newId makes valid, URL-safe, unique 16-character ids", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) {
      const id = newId();
      if (!/^[A-Za-z0-9_-]{16}$/.test(id) || !isValidId(id)) expect(id).toBe("a valid id");
      seen.add(id);
    }
    expect(seen.size).toBe(20_000);
    // All 64 characters of the alphabet turn up (the id carries 96 random bits).
    const chars = new Set([...seen].join(""));
    expect(chars.size).toBe(64);
  });

  it("isValidId accepts 1–64 URL-safe characters", () => {
    for (const id of ["a", "A-b_9", "x".repeat(64)]) expect(isValidId(id)).toBe(true);
  });

  it("isValidId refuses empty, too long, unsafe characters and non-strings", () => {
    const bad: unknown[] = [
      "",
      "x".repeat(65),
      "a b",
      "a/b",
      "a.b",
      "ö",
      "__proto__ ",
      "a\u0000",
      "id\n",
      null,
      undefined,
      42,
      {},
      ["a"],
    ];
    for (const v of bad) expect(isValidId(v)).toBe(false);
  });
});
