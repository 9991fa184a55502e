// Invariant: a 1,000-element ToC-shaped graph (the benchmarks' seeded
// generator, ~1,250 links, each element with an indicator and an assumption)
// survives the XLSX and CSV round trips exactly. (How long they take is the
// benchmarks' business: bench/suites/export.mjs; here only a generous time limit.)
import { describe, expect, it } from "vitest";
import { generateGraph } from "../../../bench/lib/graph.mjs";
import { insertFragment, type NewElement, type NewLink } from "../../../src/doc/commands";
import { readModel } from "../../../src/doc/read";
import { createDoc } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import type { TocModel } from "../../../src/domain/model";
import { exportCsv, importCsv } from "../../../src/io/sheets/csv";
import { exportXlsx, importXlsx } from "../../../src/io/sheets/xlsx";
import { envelopeOf, NOW, openImported } from "./helpers";

function graphModel(size: number): TocModel {
  const graph = generateGraph(size, 7) as { elements: NewElement[]; links: NewLink[] };
  const doc = createDoc();
  initializeDocument(doc, {
    title: "Seeded graph",
    framing: "logic",
    createdAt: 1_700_000_000_000,
  });
  const elements = graph.elements.map((el, i) => ({
    ...el,
    description: `Description of element ${i}, with a comma and "quotes".`,
    indicators: [
      {
        id: `i${i}`,
        measure: `Measure ${i}`,
        population: "",
        baseline: "",
        target: "+5%",
        threshold: "",
        byWhen: "2027",
        dataSource: "",
      },
    ],
    assumptions: [{ id: `a${i}`, text: `Assumption ${i}`, confidence: "medium" as const }],
  }));
  insertFragment(doc, { elements, links: graph.links });
  const model = readModel(doc);
  doc.destroy();
  return model;
}

describe("1,000 elements", () => {
  const model = graphModel(1000);

  it("round-trips through XLSX exactly", async () => {
    expect(model.elements).toHaveLength(1000);
    expect(model.links.length).toBeGreaterThan(1200);
    const result = await importXlsx(await exportXlsx(model, NOW));
    expect(envelopeOf(openImported(result))).toEqual(envelopeOf(model));
  }, 120_000);

  it("round-trips through CSV exactly", () => {
    const result = importCsv(exportCsv(model, NOW));
    expect(envelopeOf(openImported(result))).toEqual(envelopeOf(model));
  }, 120_000);
});
