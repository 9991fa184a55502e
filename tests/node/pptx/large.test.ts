// @vitest-environment jsdom
// Invariant: a diagram of hundreds of elements still fits one slide — every
// element a named shape inside the slide, one arrowed line per link — and when
// titles would fall below PowerPoint's smallest text size the shapes go
// unlabelled and the slide says so in words instead of smearing 1 pt text.
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../../bench/lib/graph.mjs";
import type { ElementKind } from "../../../src/domain/kinds";
import type { TocModel } from "../../../src/domain/model";
import type { StageId } from "../../../src/domain/stages";
import { SLIDE_HEIGHT, SLIDE_WIDTH } from "../../../src/io/pptx/deck";
import { TOO_LARGE_NOTE } from "../../../src/io/pptx/diagram/diagramSlide";
import { testElement, testLink } from "../domain/builders";
import { templateModel } from "../helpers/templateModel";
import { deckFor, parseXml, partText } from "./deckHelpers";

const EMU_PER_INCH = 914_400;

function generated(size: number): TocModel {
  const base = templateModel();
  const graph = generateGraph(size, 1);
  return {
    ...base,
    groups: [],
    elements: graph.elements.map((e) =>
      testElement(e.id, {
        kind: e.kind as ElementKind,
        stage: e.stage as StageId,
        title: e.title,
        position: e.position,
      }),
    ),
    links: graph.links.map((l) => testLink(l.id, l.source, l.target)),
    dismissals: [],
  };
}

describe("PowerPoint diagram of 300 elements", () => {
  it("fits every element and link on the slide and says the titles are elsewhere", async () => {
    const { scene, deck } = await deckFor(generated(300));
    const xml = deck.slides[1];
    const shapes = Array.from(parseXml(xml).getElementsByTagName("p:sp"));
    const named = (prefix: string) =>
      shapes.filter((sp) =>
        sp.getElementsByTagName("p:cNvPr")[0]?.getAttribute("name")?.startsWith(prefix),
      );
    expect(named("Link").length).toBe(scene.links.length);
    const nodeShapes = scene.nodes.map((n) => `${n.tag}: ${n.lines.join(" ")}`);
    const names = shapes.map((sp) => sp.getElementsByTagName("p:cNvPr")[0]?.getAttribute("name"));
    for (const name of nodeShapes) expect(names).toContain(name);
    for (const sp of shapes) {
      const off = sp.getElementsByTagName("a:off")[0];
      const ext = sp.getElementsByTagName("a:ext")[0];
      const right = (Number(off.getAttribute("x")) + Number(ext.getAttribute("cx"))) / EMU_PER_INCH;
      const bottom =
        (Number(off.getAttribute("y")) + Number(ext.getAttribute("cy"))) / EMU_PER_INCH;
      expect(right).toBeLessThanOrEqual(SLIDE_WIDTH + 1e-3);
      expect(bottom).toBeLessThanOrEqual(SLIDE_HEIGHT + 1e-3);
    }
    expect(partText(xml)).toContain(TOO_LARGE_NOTE);
  }, 60_000);
});
