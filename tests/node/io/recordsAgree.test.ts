// One spec per record (domain/records): the document's add and update
// commands, its reader, the .toc.json restore and our own CSV and XLSX round
// trips all clean every text field of every record the same way. Each text
// field is given the same hostile value (surrounding spaces, control
// characters, a tab, a line break, a lone surrogate, 2,500 characters) and
// must come out identical on every path: what the spec's cleaner makes of it.
import { describe, expect, it, vi } from "vitest";
import type * as Y from "yjs";
import { addElement, connect, updateElement, updateLink } from "../../../src/doc/commands";
import { addDetail, updateDetail } from "../../../src/doc/detailCommands";
import { readModel } from "../../../src/doc/read";
import {
  addStakeholder,
  createGroup,
  dismissFinding,
  renameGroup,
  renameStakeholder,
} from "../../../src/doc/registerCommands";
import { createDoc } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import { STARTING_STAKEHOLDERS } from "../../../src/domain/details";
import type { TocModel } from "../../../src/domain/model";
import { DETAIL_FIELDS, type DetailList } from "../../../src/domain/records/details";
import { ELEMENT, LINK } from "../../../src/domain/records/elements";
import type { Field } from "../../../src/domain/records/field";
import { DISMISSAL, ELEMENT_GROUP, STAKEHOLDER_GROUP } from "../../../src/domain/records/registers";
import { exportCsv, importCsv } from "../../../src/io/sheets/csv";
import { exportXlsx, importXlsx } from "../../../src/io/sheets/xlsx";
import { toEnvelope } from "../../../src/io/tocJson/format";
import { parseTocFile } from "../../../src/io/tocJson/parse";
import type { ImportResult } from "../../../src/io/tocJson/restore";
import { NOW, openImported } from "../sheets/helpers";

// XLSX work takes a few seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const HOSTILE = `  \u0000Ti\ttle\r\n\uD800 ${"x".repeat(2_500)}  `;
/** Tags go one per line in a sheet, so the hostile tag keeps to one line. */
const TAGS = [HOSTILE.replace("\r\n", " "), " Tag ", "tag"];
const KEY = "isolated-outcome:e1";
const TIME = 1_700_000_000_000;

/** The names of a record's free-text fields (the ones a person types). */
function textFields(fields: object): string[] {
  return (Object.entries(fields) as [string, Field<unknown>][])
    .filter(([, f]) => (f.type === "line" || f.type === "paragraph") && !f.required)
    .map(([name]) => name);
}

/** Every text field of a record set to `value`. */
const allText = (fields: object, value: string) =>
  Object.fromEntries(textFields(fields).map((name) => [name, value]));

/** Every text field of a record, picked from a record read back. */
const pick = (fields: object, record: object | undefined) =>
  Object.fromEntries(
    textFields(fields).map((name) => [name, (record as Record<string, unknown>)?.[name]]),
  );

const DETAIL_OWNERS: Record<DetailList, "element" | "link"> = {
  assumptions: "link",
  indicators: "element",
  evidence: "element",
};

/** What every path must produce: each text field as its spec cleans the hostile value. */
function expected() {
  const cleaned = (fields: object): Record<string, unknown> =>
    Object.fromEntries(
      textFields(fields).map((name) => [
        name,
        (fields as Record<string, Field<unknown>>)[name].clean(HOSTILE),
      ]),
    );
  return {
    element: { ...cleaned(ELEMENT), tags: ELEMENT.tags.clean(TAGS) },
    link: cleaned(LINK),
    assumptions: cleaned(DETAIL_FIELDS.assumptions),
    indicators: cleaned(DETAIL_FIELDS.indicators),
    evidence: cleaned(DETAIL_FIELDS.evidence),
    stakeholder: cleaned(STAKEHOLDER_GROUP),
    group: cleaned(ELEMENT_GROUP),
    dismissal: cleaned(DISMISSAL),
  };
}

/** The text fields of every record in a model read back. */
function textsOf(model: TocModel) {
  const element = model.elements.find((e) => e.kind === "outcome");
  const link = model.links[0];
  const starting = new Set<string>(STARTING_STAKEHOLDERS.map((s) => s.id));
  return {
    element: { ...pick(ELEMENT, element), tags: element?.tags },
    link: pick(LINK, link),
    assumptions: pick(DETAIL_FIELDS.assumptions, link?.assumptions[0]),
    indicators: pick(DETAIL_FIELDS.indicators, element?.indicators[0]),
    evidence: pick(DETAIL_FIELDS.evidence, element?.evidence[0]),
    stakeholder: pick(
      STAKEHOLDER_GROUP,
      model.stakeholders.find((s) => !starting.has(s.id)),
    ),
    group: pick(ELEMENT_GROUP, model.groups[0]),
    dismissal: pick(DISMISSAL, model.dismissals[0]),
  };
}

function newDoc(): Y.Doc {
  const doc = createDoc();
  initializeDocument(doc, { title: "Records", framing: "toc", createdAt: TIME });
  return doc;
}

const plainElements = [
  { id: "e1", kind: "outcome", stage: "short", title: "", position: { x: 0, y: 0 } },
  { id: "e2", kind: "impact", stage: "impact", title: "", position: { x: 400, y: 0 } },
] as const;

/** Written by the add commands, each given the hostile texts. */
function byAddCommands(): TocModel {
  const doc = newDoc();
  addElement(doc, {
    ...plainElements[0],
    ...allText(ELEMENT, HOSTILE),
    tags: TAGS,
  });
  addElement(doc, plainElements[1]);
  connect(doc, { id: "l1", source: "e1", target: "e2", ...allText(LINK, HOSTILE) });
  for (const list of Object.keys(DETAIL_OWNERS) as DetailList[]) {
    const owner = DETAIL_OWNERS[list] === "element" ? "e1" : "l1";
    addDetail(doc, owner, list, allText(DETAIL_FIELDS[list], HOSTILE));
  }
  addStakeholder(doc, HOSTILE);
  createGroup(doc, HOSTILE, ["e1"]);
  dismissFinding(doc, { key: KEY, reason: HOSTILE, by: HOSTILE, at: TIME });
  return readModel(doc);
}

/** Written plainly first, then every text field changed by the update commands. */
function byUpdateCommands(): TocModel {
  const doc = newDoc();
  for (const el of plainElements) addElement(doc, el);
  connect(doc, { id: "l1", source: "e1", target: "e2" });
  updateElement(doc, "e1", { ...allText(ELEMENT, HOSTILE), tags: TAGS });
  updateLink(doc, "l1", allText(LINK, HOSTILE));
  for (const list of Object.keys(DETAIL_OWNERS) as DetailList[]) {
    const owner = DETAIL_OWNERS[list] === "element" ? "e1" : "l1";
    const id = addDetail(doc, owner, list, {}) as string;
    updateDetail(doc, owner, list, id, allText(DETAIL_FIELDS[list], HOSTILE));
  }
  const stakeholder = addStakeholder(doc, "Plain name") as string;
  renameStakeholder(doc, stakeholder, HOSTILE);
  const group = createGroup(doc, "Plain title", ["e1"]) as string;
  renameGroup(doc, group, HOSTILE);
  dismissFinding(doc, { key: KEY, reason: "plain", by: "plain", at: TIME });
  dismissFinding(doc, { key: KEY, reason: HOSTILE, by: HOSTILE, at: TIME });
  return readModel(doc);
}

/**
 * A model as no reader would ever give it: every text field holding the
 * hostile value, as a person might type it into an exported file.
 */
function hostileModel(value = HOSTILE): TocModel {
  const clean = readModel(newDoc());
  const defaults = (fields: object) =>
    Object.fromEntries(
      Object.entries(fields).map(([name, f]) => [name, (f as Field<unknown>).default]),
    );
  const detail = (list: DetailList) => ({
    ...defaults(DETAIL_FIELDS[list]),
    id: `${list}1`,
    ...allText(DETAIL_FIELDS[list], value),
  });
  const element = (el: (typeof plainElements)[number]) => ({
    ...defaults(ELEMENT),
    ...el,
    group: null,
  });
  return {
    ...clean,
    elements: [
      {
        ...element(plainElements[0]),
        ...allText(ELEMENT, value),
        tags: [value.replace("\r\n", " "), " Tag ", "tag"],
        indicators: [detail("indicators")],
        evidence: [detail("evidence")],
        group: "g1",
      },
      element(plainElements[1]),
    ] as unknown as TocModel["elements"],
    links: [
      {
        id: "l1",
        source: "e1",
        target: "e2",
        ...allText(LINK, value),
        assumptions: [detail("assumptions")],
        evidence: [],
      },
    ] as unknown as TocModel["links"],
    stakeholders: [{ id: "sg1", name: value, order: 0 }],
    groups: [{ id: "g1", title: value }],
    dismissals: [{ key: KEY, reason: value, by: value, at: TIME }],
  };
}

function opened(result: ImportResult): TocModel {
  expect(result.ok, result.ok ? "" : result.message).toBe(true);
  return openImported(result);
}

describe("every path writes each record's text fields as its spec cleans them", () => {
  const want = expected();

  it("the spec's cleaning of the hostile title is what a person would expect", () => {
    // Trimmed, controls gone, tab and line break made spaces, the lone
    // surrogate replaced, cut to 300 before trimming.
    const clean = (field: { clean: (v: unknown) => unknown }) => field.clean(HOSTILE);
    expect(clean(ELEMENT.title)).toBe(`Ti tle \uFFFD ${"x".repeat(289)}`);
    expect(clean(ELEMENT.owner)).toBe(`Ti tle \uFFFD ${"x".repeat(109)}`);
    expect(ELEMENT.tags.clean(TAGS)).toEqual([`Ti tle \uFFFD ${"x".repeat(29)}`, "Tag"]);
    expect(clean(STAKEHOLDER_GROUP.name)).toBe(clean(ELEMENT.owner));
    expect(clean(ELEMENT_GROUP.title)).toBe(clean(ELEMENT.title));
    // Prose keeps its line break and surrounding space (descriptions are typed live).
    expect(clean(ELEMENT.description)).toBe(
      HOSTILE.replace("\u0000", "").replace("\uD800", "\uFFFD"),
    );
    expect(clean(DETAIL_FIELDS.assumptions.text)).toHaveLength(2_000);
    expect(clean(DETAIL_FIELDS.evidence.url)).toBe("");
  });

  it("the add commands, then the reader", () => {
    expect(textsOf(byAddCommands())).toEqual(want);
  });

  it("the update commands (the side panel, the inline editor, rename), then the reader", () => {
    expect(textsOf(byUpdateCommands())).toEqual(want);
  });

  it("a .toc.json restore", async () => {
    const text = JSON.stringify(toEnvelope(hostileModel(), NOW, "test"));
    const result = await parseTocFile(text);
    expect(textsOf(opened(result))).toEqual(want);
    // The restore itself hands on clean text, not only the writer after it.
    if (!result.ok) return;
    const outcome = result.document.elements.find((e) => e.kind === "outcome");
    expect(outcome?.title).toBe(ELEMENT.title.clean(HOSTILE));
    expect(result.document.stakeholders?.[0]?.name).toBe(STAKEHOLDER_GROUP.name.clean(HOSTILE));
  });

  it("our own CSV, edited to hold the hostile texts, imported", () => {
    // A CSV holding NUL is refused as not text; any other control character is cleaned.
    const csv = exportCsv(hostileModel(HOSTILE.replace("\u0000", "\u0007")), NOW);
    expect(textsOf(opened(importCsv(csv)))).toEqual(want);
  });

  it("our own XLSX, edited to hold the hostile texts, imported", async () => {
    const result = await importXlsx(await exportXlsx(hostileModel(), NOW));
    expect(textsOf(opened(result))).toEqual(want);
  });
});
