// buildScene: the model as a DiagramScene in pixels. Invariant: every element
// sits where the canvas shows it (its stored position through toView), all
// shifted together so the drawing starts at a margin below the title; the
// stage bands are the canvas's bands, widened to carry their names; nothing
// in the scene depends on a font being measured at run time.
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, type Point, toView } from "../../domain/geometry";
import type { ElementKind } from "../../domain/kinds";
import type { TocElement, TocModel } from "../../domain/model";
import { beyondCeiling } from "../../domain/pathways";
import { STAGE_IDS, type StageId, stageIndex } from "../../domain/stages";
import { describeDiagram } from "./altText";
import { bandBox, CEILING_LABEL, sceneBand, sceneCeiling } from "./bands";
import { unionOf } from "./box";
import { sceneHeader } from "./header";
import { placeLegend } from "./legend";
import { sceneLink } from "./links";
import { BANDS, CEILING, LEGEND, MARGIN, MIN_WIDTH } from "./metrics";
import { measureNode, type NodeText, sceneNode } from "./nodes";
import type { Box, DiagramScene, SceneNode, SceneOptions } from "./types";

interface Placed {
  element: TocElement;
  view: Point;
  text: NodeText;
  contributesTo: boolean;
}

/** Every stage for the whole model; for a selection, the stages it spans. */
function stagesToDraw(elements: readonly TocElement[], selection: boolean): StageId[] {
  if (!selection) return [...STAGE_IDS];
  const indices = elements.flatMap((e) => (e.stage ? [stageIndex(e.stage)] : []));
  if (indices.length === 0) return [];
  return STAGE_IDS.slice(Math.min(...indices), Math.max(...indices) + 1);
}

export function buildScene(model: TocModel, options: SceneOptions = {}): DiagramScene {
  const framing = options.framing ?? model.meta.framing;
  const logic = framing === "logic";
  const ids = options.elementIds;
  const elements = ids ? model.elements.filter((e) => ids.has(e.id)) : model.elements;
  const ceiling = options.ceiling === false ? null : model.meta.ceiling;

  const placed: Placed[] = elements.map((element) => {
    const contributesTo = beyondCeiling(element.stage, ceiling);
    const text = measureNode(element, contributesTo);
    const view = toView(framing, element.position);
    // A taller node grows both ways about the canvas's nominal centre, so in
    // the theory-of-change framing it stays inside its stage's band.
    view.y += (NOMINAL_NODE_HEIGHT - text.height) / 2;
    return { element, view, text, contributesTo };
  });
  const nodeBoxes = placed.map((p) => ({ ...p.view, width: NODE_WIDTH, height: p.text.height }));
  const nodesBox =
    nodeBoxes.length > 0 ? unionOf(nodeBoxes) : { x: 0, y: 0, width: 600, height: 0 };
  const from = (logic ? nodesBox.y : nodesBox.x) - BANDS.acrossPad;
  const to = (logic ? nodesBox.y + nodesBox.height : nodesBox.x + nodesBox.width) + BANDS.acrossPad;
  const stages = stagesToDraw(elements, ids !== undefined);
  const bandBoxes = stages.map((stage) => bandBox(framing, stage, from, to));
  const content = unionOf([...nodeBoxes, ...bandBoxes]);
  const ceilingBand = ceiling && stages.includes(ceiling) && ceiling !== "impact" ? ceiling : null;

  const width = Math.max(MIN_WIDTH, Math.ceil(content.width + 2 * MARGIN));
  const header = sceneHeader(
    model.meta.title,
    framing,
    options.date ?? new Date(),
    width,
    ids ? elements.length : null,
  );
  const top = header.bottom + (logic && ceilingBand ? CEILING.labelStrip : 0);
  // View units → drawing pixels: a translation only, so distances stay as on the canvas.
  const dx = MARGIN - content.x + (width - 2 * MARGIN - content.width) / 2;
  const dy = top - content.y;
  const shift = (b: Box): Box => ({ ...b, x: b.x + dx, y: b.y + dy });

  const bands = stages.map((stage, i) =>
    sceneBand(framing, stage, shift(bandBoxes[i]), stageIndex(stage) % 2 === 1),
  );
  const nodes = placed.map((p) =>
    sceneNode(p.element, p.text, { x: p.view.x + dx, y: p.view.y + dy }, p.contributesTo),
  );
  const byId = new Map<string, SceneNode>(nodes.map((n) => [n.id, n]));
  const kindOf = new Map(elements.map((e) => [e.id, e.kind]));
  const links = model.links.flatMap((link) => {
    const source = byId.get(link.source);
    const target = byId.get(link.target);
    if (!source || !target) return [];
    const drawn = sceneLink(
      link,
      source,
      target,
      framing,
      kindOf.get(link.source) === "assumption",
    );
    return drawn ? [drawn] : [];
  });

  const drawn = shift(content);
  let sceneCeilingLine = null;
  if (ceilingBand) {
    const band = bands[stages.indexOf(ceilingBand)];
    const span = logic
      ? { from: drawn.y, to: drawn.y + drawn.height }
      : { from: drawn.x, to: drawn.x + drawn.width };
    sceneCeilingLine = sceneCeiling(framing, band, span);
  }
  const showLegend = options.legend !== false;
  const kinds = new Set<ElementKind>(elements.map((e) => e.kind));
  const legend = showLegend
    ? placeLegend(kinds, sceneCeilingLine ? CEILING_LABEL : null, {
        x: MARGIN,
        y: drawn.y + drawn.height + LEGEND.gapAbove,
        width: width - 2 * MARGIN,
      })
    : null;
  if (sceneCeilingLine && legend) sceneCeilingLine.key = legend.ceilingKey;
  const bottom = legend ? legend.bottom : drawn.y + drawn.height;
  const shownLinks = ids ? links.length : model.links.length;
  return {
    width,
    height: Math.ceil(bottom + MARGIN),
    framing,
    title: header.title,
    subtitle: header.subtitle,
    titleText: header.titleText,
    subtitleText: header.subtitleText,
    bands,
    nodes,
    links,
    ceiling: sceneCeilingLine,
    legend: legend?.items ?? [],
    description: describeDiagram(model.meta.title, framing, elements, shownLinks, ceilingBand),
  };
}
