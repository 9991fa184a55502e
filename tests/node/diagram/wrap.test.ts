// Wrapping is deterministic and bounded: every line fits the width by the
// shared estimate, words stay whole when they fit, a word too long for a line
// is split between characters (never between a letter and its accent), more
// than maxLines ends in an ellipsis, and a 1 MB label costs no more than a
// long sentence.
import { describe, expect, it } from "vitest";
import { textWidth } from "../../../src/io/diagram/text/measure";
import { wrapText } from "../../../src/io/diagram/text/wrap";

const options = { width: 160, fontSize: 13, maxLines: 8 };

describe("wrapText", () => {
  it("keeps words whole and lines within the width", () => {
    const text = "More people referred feel able to manage their own health and wellbeing";
    const lines = wrapText(text, options);
    expect(lines.join(" ")).toBe(text);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(160);
  });

  it("measures known widths (Helvetica metrics, with a small margin)", () => {
    expect(textWidth("Impact", 10)).toBeCloseTo(
      (278 + 833 + 556 + 556 + 500 + 278) * 0.01 * 1.06,
      6,
    );
    expect(textWidth("WWW", 10)).toBeGreaterThan(textWidth("iii", 10) * 3);
    expect(textWidth("e\u0301", 10)).toBe(textWidth("e", 10));
    expect(textWidth("社会", 10)).toBeCloseTo(2 * 10 * 1.06, 6);
  });

  it("splits an over-long word without stranding combining marks", () => {
    const word = "e\u0301".repeat(200);
    const lines = wrapText(word, options);
    for (const line of lines) expect(line.normalize("NFD")).toMatch(/^e/);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(160);
  });

  it("ends with an ellipsis past maxLines, still within the width", () => {
    const lines = wrapText("word ".repeat(400), options);
    expect(lines).toHaveLength(8);
    expect(lines[7].endsWith("…")).toBe(true);
    expect(textWidth(lines[7], 13)).toBeLessThanOrEqual(160);
  });

  // A wrap that looked at the whole label per line would take minutes here and hit the limit.
  it("handles a 1 MB label and gives the same lines each time", () => {
    const huge = "Lorem ipsum dolor sit amet ".repeat(40_000);
    const lines = wrapText(huge, options);
    expect(lines).toEqual(wrapText(huge, options));
    expect(lines.at(-1)?.endsWith("…")).toBe(true);
  }, 30_000);

  it("gives no lines for an empty label and one for a short one", () => {
    expect(wrapText("", options)).toEqual([]);
    expect(wrapText("  Impact  ", options)).toEqual(["Impact"]);
  });
});
