// Invariant: every template becomes a document with everything the spec
// holds — elements with their details, links with their reasons, groups, who
// proposed what — through the same path a file import takes
// (templateToImported → buildImportedState → docFromState → readModel);
// elements of one stage never overlap, columns are centred, the note sits
// left of the first stage, ids are fresh each time, and the quality checks
// find nothing in the starters (a blank's lone impact is "not connected").
import { describe, expect, it } from "vitest";
import { STARTING_STAKEHOLDERS } from "../../../src/domain/details";
import { NODE_WIDTH, NOMINAL_NODE_HEIGHT, stageAlong } from "../../../src/domain/geometry";
import { isValidId } from "../../../src/domain/ids";
import type { TocElement, TocModel } from "../../../src/domain/model";
import { checkModel } from "../../../src/domain/quality";
import {
  blankLogicModel,
  blankToc,
  communityConnectors,
  healthLiteracy,
  socialPrescribing,
  TEMPLATES,
  type TemplateSpec,
} from "../../../src/templates";
import {
  TEMPLATE_NOTE_TITLE,
  TEMPLATE_NOTE_X,
  templateToImported,
} from "../../../src/templates/toDocument";
import { TEMPLATE_TIME, templateModel } from "../helpers/templateModel";

const NOW = TEMPLATE_TIME;
const STARTERS = [socialPrescribing, communityConnectors, healthLiteracy];
const BLANKS = [blankToc, blankLogicModel];

const documentOf = (spec: TemplateSpec): TocModel => templateModel(spec);

const byTitle = (model: TocModel, title: string): TocElement => {
  const found = model.elements.filter((e) => e.title === title);
  expect(found, `one element titled "${title}"`).toHaveLength(1);
  return found[0];
};

/** Staged elements by stage (Map.groupBy needs Node 21). */
function columnsOf(model: TocModel): Map<string, TocElement[]> {
  const columns = new Map<string, TocElement[]>();
  for (const el of model.elements) {
    if (el.stage === null) continue;
    const column = columns.get(el.stage);
    if (column) column.push(el);
    else columns.set(el.stage, [el]);
  }
  return columns;
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
/** GroupFrames' padding and label height (src/canvas/GroupFrames.tsx). */
const FRAME_PAD = 18;
const FRAME_LABEL = 30;

const withoutIds = <T extends { id: string }>(list: readonly T[]) =>
  list.map(({ id: _id, ...rest }) => rest);

describe.each(TEMPLATES.map((t) => [t.id, t] as const))("template %s as a document", (_, spec) => {
  const model = documentOf(spec);

  it("keeps the title, framing, creation time and starting stakeholder register", () => {
    expect(model.meta.title).toBe(spec.title);
    expect(model.meta.framing).toBe(spec.framing);
    expect(model.meta.createdAt).toBe(NOW);
    expect(model.meta.ceiling).toBeNull();
    expect(model.stakeholders.map((s) => [s.id, s.name])).toEqual(
      STARTING_STAKEHOLDERS.map(({ id, name }) => [id, name]),
    );
    expect(model.dismissals).toEqual([]);
  });

  it("holds every element with its details, plus the note", () => {
    expect(model.elements).toHaveLength(spec.elements.length + 1);
    const groupTitle = new Map(model.groups.map((g) => [g.id, g.title]));
    expect(model.groups.map((g) => g.title).sort()).toEqual(spec.groups.map((g) => g.title).sort());
    for (const want of spec.elements) {
      const got = byTitle(model, want.title);
      expect(got.kind).toBe(want.kind);
      expect(got.stage).toBe(want.stage ?? null);
      expect(got.description).toBe(want.description ?? "");
      expect(got.status).toBe(want.status ?? "proposed");
      const wantGroup = spec.groups.find((g) => g.ref === want.group)?.title ?? null;
      expect(got.group === null ? null : groupTitle.get(got.group)).toBe(wantGroup);
      expect(withoutIds(got.assumptions)).toEqual(want.assumptions ?? []);
      expect(withoutIds(got.indicators)).toEqual(want.indicators ?? []);
      expect(withoutIds(got.evidence)).toEqual(want.evidence ?? []);
      const proposers = Object.fromEntries((want.proposedBy ?? []).map((id) => [id, "proposed"]));
      expect(got.stakeholders).toEqual(proposers);
    }
    const note = byTitle(model, TEMPLATE_NOTE_TITLE);
    expect(note.kind).toBe("note");
    expect(note.stage).toBeNull();
    expect(note.description).toBe(spec.note);
  });

  it("holds every link with its rationale and assumptions", () => {
    expect(model.links).toHaveLength(spec.links.length);
    const titleOf = new Map(model.elements.map((e) => [e.id, e.title]));
    const refTitle = new Map(spec.elements.map((e) => [e.ref, e.title]));
    const got = new Map(
      model.links.map((l) => [`${titleOf.get(l.source)} → ${titleOf.get(l.target)}`, l]),
    );
    for (const want of spec.links) {
      const link = got.get(`${refTitle.get(want.from)} → ${refTitle.get(want.to)}`);
      expect(link, `${want.from} → ${want.to}`).toBeDefined();
      expect(link?.rationale).toBe(want.rationale ?? "");
      expect(withoutIds(link?.assumptions ?? [])).toEqual(want.assumptions ?? []);
      expect(link?.evidence).toEqual([]);
    }
  });

  it("lays out each stage as a column with no overlaps, centred, the note left of it", () => {
    const tops: number[] = [];
    for (const members of columnsOf(model).values()) {
      for (const el of members) expect(el.position.x).toBe(stageAlong(el.stage ?? "inputs"));
      const ys = members.map((e) => e.position.y).sort((a, b) => a - b);
      for (let i = 1; i < ys.length; i++) {
        expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(NOMINAL_NODE_HEIGHT + 20);
      }
      tops.push(...ys);
    }
    const top = Math.min(...tops);
    expect(top + Math.max(...tops)).toBeCloseTo(0, 9); // centred on y = 0
    const note = byTitle(model, TEMPLATE_NOTE_TITLE);
    expect(note.position).toEqual({ x: TEMPLATE_NOTE_X, y: top });
    // The note's column ends before the first stage's begins.
    expect(note.position.x + NODE_WIDTH).toBeLessThan(stageAlong("inputs"));
  });

  it("gives each group a lane: group frames never overlap each other or other elements", () => {
    // A frame as GroupFrames draws it in the logic model (document units as is):
    // the members' boxes, padded, with a label above.
    const frames = model.groups.map((g) => {
      const members = model.elements.filter((e) => e.group === g.id);
      return {
        id: g.id,
        x1: Math.min(...members.map((e) => e.position.x)) - FRAME_PAD,
        x2: Math.max(...members.map((e) => e.position.x)) + NODE_WIDTH + FRAME_PAD,
        y1: Math.min(...members.map((e) => e.position.y)) - FRAME_PAD - FRAME_LABEL,
        y2: Math.max(...members.map((e) => e.position.y)) + NOMINAL_NODE_HEIGHT + FRAME_PAD,
      };
    });
    const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;
    frames.forEach((a, i) => {
      for (const b of frames.slice(i + 1)) expect(overlap(a, b)).toBe(false);
      for (const el of model.elements) {
        if (el.group === a.id) continue;
        const box = {
          x1: el.position.x,
          x2: el.position.x + NODE_WIDTH,
          y1: el.position.y,
          y2: el.position.y + NOMINAL_NODE_HEIGHT,
        };
        expect(overlap(a, box), `"${el.title}" inside a group's frame`).toBe(false);
      }
    });
  });

  it("keeps a group's elements together within each column", () => {
    for (const members of columnsOf(model).values()) {
      const order = [...members].sort((a, b) => a.position.y - b.position.y).map((e) => e.group);
      const seen = new Set<string | null>();
      order.forEach((group, i) => {
        if (i > 0 && group !== order[i - 1]) expect(seen.has(group)).toBe(false);
        seen.add(group);
      });
    }
  });
});

describe("fresh ids", () => {
  it("gives every element, link, group and detail item a new, valid, unique id each time", () => {
    const collect = (spec: TemplateSpec) => {
      const doc = templateToImported(spec, NOW);
      return [
        ...doc.elements.flatMap((e) => [
          e.id,
          ...(e.assumptions ?? []).map((a) => a.id),
          ...(e.indicators ?? []).map((i) => i.id),
          ...(e.evidence ?? []).map((v) => v.id),
        ]),
        ...doc.links.flatMap((l) => [l.id, ...(l.assumptions ?? []).map((a) => a.id)]),
        ...doc.groups.map((g) => g.id),
      ];
    };
    const first = collect(socialPrescribing);
    const second = collect(socialPrescribing);
    expect(first.every(isValidId)).toBe(true);
    expect(new Set(first).size).toBe(first.length);
    expect(second.some((id) => first.includes(id))).toBe(false);
  });
});

describe("quality checks on a new document", () => {
  it.each(STARTERS.map((t) => [t.id, t] as const))("%s: no findings at all", (_, spec) => {
    expect(checkModel(documentOf(spec)).map((f) => f.message)).toEqual([]);
  });

  // A blank holds one impact for the group to reword and work back from: it
  // cannot be linked to anything yet, and nothing else is wrong with it.
  it.each(BLANKS.map((t) => [t.id, t] as const))(
    "%s: only that the lone impact is not connected",
    (_, spec) => {
      const model = documentOf(spec);
      const impact = model.elements.find((e) => e.kind === "impact");
      expect(checkModel(model).map((f) => [f.check, f.elementIds])).toEqual([
        ["unconnected-element", [impact?.id]],
      ]);
    },
  );
});
