import { describe, expect, it } from "vitest";
import { updateElement } from "../../../src/doc/commands";
import { addDetail, setStakeholderRole } from "../../../src/doc/detailCommands";
import { readModel } from "../../../src/doc/read";
import {
  addStakeholder,
  createGroup,
  dismissFinding,
  setCeiling,
} from "../../../src/doc/registerCommands";
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
  const result = await parsed(model);
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

describe("round trip of version 2 details and registers", () => {
  it("keeps assumptions, indicators, evidence, status, owner, tags, groups, stakeholders, ceiling and dismissals", async () => {
    const ydoc = docFromState(buildImportedState((await parsed(sampleModel())).document, 0));
    const g = createGroup(ydoc, "Person level", ["out-long", "out-short"]) as string;
    const ward = addStakeholder(ydoc, "Ward councillors") as string;
    setStakeholderRole(ydoc, "out-long", ward, "challenged");
    setStakeholderRole(ydoc, "out-long", "sh-residents", "proposed");
    addDetail(ydoc, "out-long", "indicators", {
      measure: "Weight at 12 months",
      population: "Adults on the programme",
      baseline: "To be set from local data",
      target: "5% loss",
      threshold: "3%",
      byWhen: "March 2027",
      dataSource: "Practice records",
    });
    addDetail(ydoc, "out-long", "assumptions", { text: "People keep going", confidence: "low" });
    addDetail(ydoc, "l4", "evidence", {
      title: "NICE PH38",
      url: "https://www.nice.org.uk/guidance/ph38",
      type: "research",
      strength: "strong",
    });
    updateElement(ydoc, "out-long", { status: "contested", owner: "Dr Patel", tags: ["weight"] });
    setCeiling(ydoc, "medium");
    dismissFinding(ydoc, {
      key: "duplicate-titles:a,b",
      reason: "Different places",
      by: "Ana",
      at: 9,
    });
    const model = readModel(ydoc);
    ydoc.destroy();

    const { result, back } = await roundTrip(model);
    expect(result.ok && result.repairs).toEqual([]);
    expect(byId(back.elements)).toEqual(byId(model.elements));
    expect(byId(back.links)).toEqual(byId(model.links));
    expect(back.stakeholders).toEqual(model.stakeholders);
    expect(back.groups).toEqual([{ id: g, title: "Person level" }]);
    expect(back.dismissals).toEqual(model.dismissals);
    expect(back.meta.ceiling).toBe("medium");
  });
});

async function parsed(model: ReturnType<typeof sampleModel>) {
  const result = await parseTocFile(fileOf(serializeToc(model, NOW, APP_VERSION)));
  if (!result.ok) throw new Error(result.message);
  return result;
}
