// Seeded, ToC-shaped graphs for the benchmarks (plain JS, so both node and the
// baseline page bundle it): one impact per 1,000 elements (at least one), the
// rest spread over six stages from inputs to long-term outcomes, about 1.25
// links per element, each pointing one or two stages on. Positions are in
// document units laid out as the logic model shows them (x along the stages),
// so the app in logic framing and a bare React Flow page draw the same picture.
import { mulberry32 } from "../../tests/helpers/random.mjs";

const STAGES = ["inputs", "activities", "outputs", "short", "medium", "long", "impact"];
const KIND_OF = {
  inputs: "input",
  activities: "activity",
  outputs: "output",
  short: "outcome",
  medium: "outcome",
  long: "outcome",
  impact: "impact",
};
// Share of the non-impact elements in each of the six stages.
const WEIGHTS = [0.12, 0.22, 0.2, 0.2, 0.15, 0.11];
const STAGE_SPAN = 280;
const ROW = 110;

/**
 * @param {number} size number of elements
 * @param {number} [seed]
 * @returns {{ elements: Array<{id:string,kind:string,stage:string,title:string,position:{x:number,y:number}}>, links: Array<{id:string,source:string,target:string}> }}
 */
export function generateGraph(size, seed = 1) {
  const random = mulberry32(seed * 7919 + size);
  const impacts = Math.max(1, Math.round(size / 1000));
  const counts = WEIGHTS.map((w) => Math.floor((size - impacts) * w));
  counts[1] += size - impacts - counts.reduce((a, b) => a + b, 0);
  counts.push(impacts);
  const byStage = STAGES.map(() => []);
  const elements = [];
  STAGES.forEach((stage, s) => {
    for (let i = 0; i < counts[s]; i++) {
      const id = `e${elements.length}`;
      elements.push({
        id,
        kind: KIND_OF[stage],
        stage,
        title: `${KIND_OF[stage]} ${i + 1} of ${stage}`,
        position: { x: s * STAGE_SPAN + 40, y: i * ROW },
      });
      byStage[s].push(id);
    }
  });
  const links = [];
  const seen = new Set();
  const add = (source, target) => {
    const key = `${source}>${target}`;
    if (seen.has(key)) return;
    seen.add(key);
    links.push({ id: `l${links.length}`, source, target });
  };
  const target = Math.round(size * 1.25);
  const pick = (list) => list[Math.floor(random() * list.length)];
  // Everything but the impact leads somewhere: one or two stages on.
  for (let s = 0; s < STAGES.length - 1; s++) {
    for (const source of byStage[s]) {
      const hop = s + 2 < STAGES.length && random() < 0.2 ? 2 : 1;
      add(source, pick(byStage[s + hop]));
    }
  }
  while (links.length < target) {
    const s = Math.floor(random() * (STAGES.length - 1));
    add(pick(byStage[s]), pick(byStage[s + 1]));
  }
  return { elements, links };
}

/** The graph as a .toc.json file the app imports (logic-model framing). */
export function toTocFile(graph, title) {
  return JSON.stringify({
    type: "toc-studio/theory-of-change",
    version: 1,
    source: "ToC Studio benchmarks",
    exportedAt: new Date(0).toISOString(),
    schemaVersion: 1,
    document: {
      title,
      framing: "logic",
      createdAt: 0,
      elements: graph.elements.map((e) => ({ ...e, description: "" })),
      links: graph.links.map((l) => ({ ...l, rationale: "" })),
    },
  });
}
