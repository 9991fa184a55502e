// Plain TocModel builders for domain tests: every field filled with the
// value a new element, link, indicator or document has, overridable per test.
import type { Indicator } from "../../../src/domain/details";
import type { TocElement, TocLink, TocMeta, TocModel } from "../../../src/domain/model";

export function testElement(id: string, fields: Partial<TocElement> = {}): TocElement {
  return {
    id,
    kind: "outcome",
    stage: "short",
    title: id,
    description: "",
    position: { x: 0, y: 0 },
    status: "proposed",
    owner: "",
    tags: [],
    assumptions: [],
    indicators: [],
    evidence: [],
    stakeholders: {},
    group: null,
    ...fields,
  };
}

export function testLink(
  id: string,
  source: string,
  target: string,
  fields: Partial<TocLink> = {},
): TocLink {
  return { id, source, target, rationale: "", assumptions: [], evidence: [], ...fields };
}

export function testIndicator(measure: string, fields: Partial<Indicator> = {}): Indicator {
  return {
    id: `ind-${measure.length}`,
    measure,
    population: "",
    baseline: "",
    target: "",
    threshold: "",
    byWhen: "",
    dataSource: "",
    ...fields,
  };
}

export const TEST_META: TocMeta = {
  title: "T",
  framing: "toc",
  createdAt: 0,
  schemaVersion: 2,
  ceiling: null,
};

export function testModel(
  elements: TocElement[],
  links: TocLink[] = [],
  fields: Partial<TocModel> = {},
): TocModel {
  return {
    meta: TEST_META,
    elements,
    links,
    stakeholders: [],
    groups: [],
    dismissals: [],
    ...fields,
  };
}
