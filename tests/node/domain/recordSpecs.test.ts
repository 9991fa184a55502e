// The record specs (domain/records) are complete and are what the document
// stores and reads: a field cannot be added to a model type and forgotten in
// its spec, the writer stores every spec field, the reader returns exactly
// them, the sheet import knows a column for each, and the mirror notices a
// change to any of them.
import { describe, expect, it } from "vitest";
import type * as Y from "yjs";
import { addElement, connect } from "../../../src/doc/commands";
import { addDetail, updateDetail } from "../../../src/doc/detailCommands";
import { observeModel } from "../../../src/doc/observe";
import { readModel } from "../../../src/doc/read";
import { addStakeholder, createGroup, dismissFinding } from "../../../src/doc/registerCommands";
import { createDoc, getMaps } from "../../../src/doc/schema";
import { initializeDocument } from "../../../src/doc/seed";
import type { TocLink } from "../../../src/domain/model";
import { DETAIL_FIELDS, DETAIL_LISTS } from "../../../src/domain/records/details";
import { ELEMENT, LINK } from "../../../src/domain/records/elements";
import {
  type Field,
  type Fields,
  ownId,
  paragraphText,
  requiredRef,
  sameFields,
} from "../../../src/domain/records/field";
import { DISMISSAL, ELEMENT_GROUP, STAKEHOLDER_GROUP } from "../../../src/domain/records/registers";
import { CODED_CELLS, FIELD_COLUMNS } from "../../../src/io/sheets/fromTables";
import { TABLES, type TableName } from "../../../src/io/sheets/tables";

// A spec must name every property of its model type: leaving one out does not compile.
// @ts-expect-error the link's assumptions and evidence are missing
const _incomplete: Fields<TocLink> = {
  id: ownId(),
  source: requiredRef(),
  target: requiredRef(),
  rationale: paragraphText(10),
};

const sorted = (keys: Iterable<string>) => [...keys].sort();

function fullDoc(): Y.Doc {
  const doc = createDoc();
  initializeDocument(doc, { title: "Records", framing: "toc", createdAt: 1 });
  addElement(doc, { id: "e1", kind: "outcome", title: "A", position: { x: 0, y: 0 } });
  addElement(doc, { id: "e2", kind: "impact", title: "B", position: { x: 400, y: 0 } });
  connect(doc, { id: "l1", source: "e1", target: "e2" });
  for (const list of DETAIL_LISTS) addDetail(doc, "e1", list, {});
  addDetail(doc, "l1", "assumptions", {});
  addStakeholder(doc, "Carers");
  createGroup(doc, "Workstream", ["e1"]);
  dismissFinding(doc, { key: "k", reason: "r", by: "b", at: 2 });
  return doc;
}

describe("each record's spec is the whole record", () => {
  const doc = fullDoc();
  const model = readModel(doc);
  const element = model.elements.find((e) => e.id === "e1");
  const link = model.links[0];

  it("the reader returns exactly the spec's fields, for every record", () => {
    expect(sorted(Object.keys(element ?? {}))).toEqual(sorted(Object.keys(ELEMENT)));
    expect(sorted(Object.keys(link ?? {}))).toEqual(sorted(Object.keys(LINK)));
    for (const list of DETAIL_LISTS) {
      const item = element?.[list][0];
      expect(sorted(Object.keys(item ?? {})), list).toEqual(
        sorted(Object.keys(DETAIL_FIELDS[list])),
      );
    }
    expect(sorted(Object.keys(model.stakeholders[0]))).toEqual(
      sorted(Object.keys(STAKEHOLDER_GROUP)),
    );
    expect(sorted(Object.keys(model.groups[0]))).toEqual(sorted(Object.keys(ELEMENT_GROUP)));
    expect(sorted(Object.keys(model.dismissals[0]))).toEqual(sorted(Object.keys(DISMISSAL)));
  });

  it("the writer stores every spec field (and an item's order)", () => {
    const { nodes, edges, stakeholders, groups, dismissals } = getMaps(doc);
    const stored = (map: unknown) => sorted((map as Y.Map<unknown>).keys());
    expect(stored(nodes.get("e1"))).toEqual(sorted(Object.keys(ELEMENT)));
    expect(stored(edges.get("l1"))).toEqual(sorted(Object.keys(LINK)));
    for (const list of DETAIL_LISTS) {
      const items = (nodes.get("e1") as Y.Map<unknown>).get(list) as Y.Map<unknown>;
      expect(stored([...items.values()][0]), list).toEqual(
        sorted([...Object.keys(DETAIL_FIELDS[list]), "order"]),
      );
    }
    expect(stored([...stakeholders.values()][0])).toEqual(sorted(Object.keys(STAKEHOLDER_GROUP)));
    expect(stored([...groups.values()][0])).toEqual(sorted(Object.keys(ELEMENT_GROUP)));
    expect(stored([...dismissals.values()][0])).toEqual(sorted(Object.keys(DISMISSAL)));
  });

  it("the sheet import has a column for every field written in a table, and reads every coded one", () => {
    const tables: Array<[TableName, object]> = [
      ["Elements", ELEMENT],
      ["Links", LINK],
      ["Indicators", DETAIL_FIELDS.indicators],
      ["Assumptions", DETAIL_FIELDS.assumptions],
      ["Evidence", DETAIL_FIELDS.evidence],
      ["Groups", ELEMENT_GROUP],
      ["Dismissed checks", DISMISSAL],
    ];
    for (const [table, fields] of tables) {
      const columns = new Set(TABLES[table].map((c) => c.key));
      for (const [name, field] of Object.entries(fields) as [string, Field<unknown>][]) {
        if (field.type === "details" || field.type === "roles") continue; // tables of their own
        if (field.type === "point") {
          expect(columns.has("x") && columns.has("y"), `${table}.${name}`).toBe(true);
          continue;
        }
        expect(columns.has(FIELD_COLUMNS[name] ?? name), `${table}.${name}`).toBe(true);
        if (field.type === "choice") expect(CODED_CELLS[name], `${table}.${name}`).toBeDefined();
      }
    }
  });
});

/** A different valid value of the same field, whatever its kind. */
function changed(field: Field<unknown>, value: unknown): unknown {
  switch (field.type) {
    case "choice":
    case "stage":
      return field.choices?.find((c) => c !== value);
    case "number":
      return (value as number) + 1;
    case "point": {
      const p = value as { x: number; y: number };
      return { x: p.x + 1, y: p.y };
    }
    case "tags":
      return [...(value as string[]), "new tag"];
    case "roles":
      return { ...(value as object), other: "endorsed" };
    case "details":
      return (value as unknown[]).length > 0 ? [] : [{ id: "added" }];
    case "idRef":
      return value === "elsewhere" ? "other" : "elsewhere";
    default:
      return `${value}!`;
  }
}

describe("the mirror's equality looks at every spec field", () => {
  const model = readModel(fullDoc());
  const element = model.elements.find((e) => e.id === "e1");
  const link = model.links[0];

  const cases: Array<[string, object, object | undefined]> = [
    ["an element", ELEMENT, element],
    ["a link", LINK, link],
    ...DETAIL_LISTS.map((list): [string, object, object | undefined] => [
      `an item of ${list}`,
      DETAIL_FIELDS[list],
      element?.[list][0],
    ]),
  ];
  it.each(cases)("a change to any field of %s is a change", (_name, fields, record) => {
    const spec = fields as Fields<Record<string, unknown>>;
    const before = record as Record<string, unknown>;
    expect(sameFields(spec, before, { ...before })).toBe(true);
    for (const [name, field] of Object.entries(spec) as [string, Field<unknown>][]) {
      const after = { ...before, [name]: changed(field, before[name]) };
      expect(after[name], name).not.toEqual(before[name]);
      expect(sameFields(spec, before, after), name).toBe(false);
    }
  });

  it("a change to one field of a detail item gives its element a new object, and no other", () => {
    const doc = fullDoc();
    let last = readModel(doc);
    const stop = observeModel(doc, (m) => {
      last = m;
    });
    const find = (id: string) => last.elements.find((e) => e.id === id);
    const other = find("e2");
    const indicator = find("e1")?.indicators[0];
    for (const name of Object.keys(DETAIL_FIELDS.indicators).filter((n) => n !== "id")) {
      const before = find("e1");
      updateDetail(doc, "e1", "indicators", indicator?.id ?? "", { [name]: `new ${name}` });
      const after = find("e1");
      expect(after, name).not.toBe(before);
      const item = after?.indicators[0] as unknown as Record<string, string> | undefined;
      expect(item?.[name]).toBe(`new ${name}`);
    }
    expect(find("e2")).toBe(other);
    stop();
  });
});
