import { describe, expect, it } from "vitest";
import { readModel } from "../../../src/doc/read";
import { SCHEMA_VERSION } from "../../../src/doc/schema";
import { docFromState } from "../../../src/doc/state";
import { invariantProblems } from "../../../src/domain/invariants";
import { serializeToc } from "../../../src/io/tocJson/format";
import { buildImportedState, summarizeImported } from "../../../src/io/tocJson/importDocument";
import { parseTocFile } from "../../../src/io/tocJson/parse";
import {
  APP_VERSION,
  byId,
  fileOf,
  modelOf,
  NOW,
  SAMPLE_ELEMENTS,
  SAMPLE_LINKS,
  sampleModel,
} from "./helpers";

async function roundTrip(model: ReturnType<typeof sampleModel>) {
  const result = await parseTocFile(fileOf(serializeToc(model, NOW, APP_VERSION)));
  if (!result.ok) throw new Error(result.message);
  const doc = docFromState(buildImportedState(result.document, Date.now()));
  const back = readModel(doc);
  doc.destroy();
  return { result, back };
}

describe("round trip: model → serializeToc → parseTocFile → buildImportedState → readModel", () => {
  it("gives back equal elements, links and meta, with no repairs", async () => {
    const model = sampleModel();
    const { result, back } = await roundTrip(model);
    expect(result.ok && result.repairs).toEqual([]);
    expect(byId(back.elements)).toEqual(byId(model.elements));
    expect(byId(back.links)).toEqual(byId(model.links));
    expect(back.meta).toEqual(model.meta);
    expect(back.meta.schemaVersion).toBe(SCHEMA_VERSION);
    expect(invariantProblems(back)).toEqual([]);
  });

  it("keeps the logic framing, Unicode text and multi-line descriptions", async () => {
    const model = modelOf({
      title: "Santé — 糖尿病 🧑‍⚕️",
      framing: "logic",
      createdAt: 1_234_567_890_123,
      elements: [
        {
          id: "a",
          kind: "activity",
          title: "Rȩfér ⟶ ‹clinic›",
          description: "line 1\nline 2\ttab",
          position: { x: 320.25, y: -999_999 },
        },
        {
          id: "b",
          kind: "outcome",
          stage: "medium",
          title: "<img src=x onerror=alert(1)>",
          position: { x: 1160, y: 999_999 },
        },
      ],
      links: [{ id: "ab", source: "a", target: "b", rationale: "“because”\n" }],
    });
    const { back } = await roundTrip(model);
    expect(byId(back.elements)).toEqual(byId(model.elements));
    expect(back.links).toEqual(model.links);
    expect(back.meta).toEqual(model.meta);
  });

  it("round-trips an empty document", async () => {
    const model = modelOf({ elements: [] });
    const { result, back } = await roundTrip(model);
    expect(result.ok && result.document.elements).toEqual([]);
    expect(back.elements).toEqual([]);
    expect(back.links).toEqual([]);
    expect(back.meta).toEqual(model.meta);
  });

  it("exports the same text again after a round trip (stable diffs)", async () => {
    const model = sampleModel();
    const { back } = await roundTrip(model);
    expect(serializeToc(back, NOW, APP_VERSION)).toBe(serializeToc(model, NOW, APP_VERSION));
  });

  it("summarizeImported reports title, framing and element count", async () => {
    const result = await parseTocFile(serializeToc(sampleModel(), NOW, APP_VERSION));
    if (!result.ok) throw new Error(result.message);
    expect(summarizeImported(result.document)).toEqual({
      title: "Diabetes prevention in primary care",
      framing: "toc",
      elementCount: SAMPLE_ELEMENTS.length,
    });
    expect(result.document.links).toHaveLength(SAMPLE_LINKS.length);
  });

  it("buildImportedState uses `now` when the file has no createdAt", async () => {
    const result = await parseTocFile(
      JSON.stringify({ type: "toc-studio/theory-of-change", version: 1, document: {} }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.document.createdAt).toBe(0);
    const doc = docFromState(buildImportedState(result.document, 1_750_000_000_000));
    expect(readModel(doc).meta.createdAt).toBe(1_750_000_000_000);
    expect(readModel(doc).meta.title).toBe("Untitled theory of change");
    doc.destroy();
  });
});
