// @vitest-environment jsdom
// Invariant: whatever people type — markup that would close the XML text
// element, CDATA ends, ampersands, quotes, a lone surrogate, RTL override,
// 500 combining marks, NUL and non-characters, a 1 MB title — every part of
// the deck stays well-formed XML, the text shows as text, nothing in it can
// run or link anywhere, and one huge label cannot blow up the file.
import { beforeAll, describe, expect, it } from "vitest";
import type { TocModel } from "../../../src/domain/model";
import { templateModel } from "../helpers/templateModel";
import { containsText, deckFor, isWellFormed, parseXml, partText } from "./deckHelpers";

const SCRIPT = "</a:t><script>alert(1)</script>";
const HOSTILE = [
  SCRIPT,
  `]]><x a="1"> & 'single' "double" < >`,
  "lone \uD800 surrogate",
  "right-to-left \u202E override",
  `e${"\u0301".repeat(500)}`,
  "nul \u0000 and \uFFFE \uFFFF",
  "word ".repeat(200_000),
];

function hostileModel(): TocModel {
  const model = templateModel();
  return {
    ...model,
    meta: { ...model.meta, title: `${SCRIPT} & "title" \u0000` },
    elements: model.elements.map((element, i) => ({
      ...element,
      title: HOSTILE[i % HOSTILE.length],
      description: HOSTILE[(i + 1) % HOSTILE.length],
      indicators: element.indicators.map((indicator) => ({
        ...indicator,
        measure: HOSTILE[(i + 2) % HOSTILE.length],
      })),
    })),
    groups: model.groups.map((group, i) => ({ ...group, title: HOSTILE[i % HOSTILE.length] })),
  };
}

let deck: Awaited<ReturnType<typeof deckFor>>["deck"];

beforeAll(async () => {
  deck = (await deckFor(hostileModel())).deck;
}, 120_000);

describe("PowerPoint export of hostile labels", () => {
  it("keeps every XML part well-formed and inert", async () => {
    const parts = Object.keys(deck.zip.files).filter((n) => /\.(xml|rels)$/.test(n));
    expect(parts.length).toBeGreaterThan(20);
    for (const name of parts) {
      const xml = (await deck.zip.file(name)?.async("string")) ?? "";
      expect(isWellFormed(xml), name).toBe(true);
      expect(parseXml(xml).getElementsByTagName("script").length, name).toBe(0);
      expect(xml).not.toMatch(/javascript:|hlinkClick/);
      for (const forbidden of ["\u0000", "\uFFFE", "\uFFFF"]) expect(xml).not.toContain(forbidden);
      expect(xml.toWellFormed()).toBe(xml);
    }
  }, 120_000);

  it("shows the markup as text on the slides", () => {
    expect(partText(deck.slides[0])).toContain(SCRIPT);
    expect(containsText(partText(deck.slides[1]), SCRIPT)).toBe(true);
  });

  it("caps a 1 MB label so the file stays small", () => {
    expect(deck.bytes.length).toBeLessThan(2_000_000);
    for (const xml of deck.slides) expect(xml.length).toBeLessThan(1_000_000);
  });
});
