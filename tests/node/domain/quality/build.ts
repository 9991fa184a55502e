// Test helper: models with every field filled with defaults, a sound model
// that raises no finding, and a filter for one check's findings.

import type { Indicator } from "../../../../src/domain/details";
import { defaultStage, type ElementKind } from "../../../../src/domain/kinds";
import type { TocElement, TocLink, TocModel } from "../../../../src/domain/model";
import type { CheckId } from "../../../../src/domain/quality";
import { checkModel, type Finding } from "../../../../src/domain/quality";
import { testElement, testIndicator, testLink, testModel } from "../builders";

export function element(
  kind: ElementKind,
  id: string,
  title: string = id,
  extra: Partial<TocElement> = {},
): TocElement {
  return testElement(id, { kind, stage: defaultStage(kind), title, ...extra });
}

export function indicator(measure = "Residents reporting better wellbeing"): Indicator {
  return testIndicator(measure);
}

/** An outcome with an indicator, so it only raises what a test sets up. */
export function outcome(
  id: string,
  title: string,
  stage: "short" | "medium" | "long" = "short",
): TocElement {
  return element("outcome", id, title, { stage, indicators: [indicator()] });
}

/** A link with a rationale; pass rationale "" for a bare one. */
export function link(
  id: string,
  source: string,
  target: string,
  extra: Partial<TocLink> = { rationale: "Because it does" },
): TocLink {
  return testLink(id, source, target, extra);
}

export function model(
  elements: readonly TocElement[],
  links: readonly TocLink[] = [],
  extra: Partial<TocModel> = {},
): TocModel {
  return testModel([...elements], [...links], extra);
}

/**
 * A small social-prescribing ToC with no finding at all: every outcome has an
 * indicator and two preconditions, every link a rationale, one impact.
 */
export function soundModel(): TocModel {
  return model(
    [
      element("input", "i1", "Link worker funding"),
      element("activity", "a1", "Link workers meet referred patients"),
      element("activity", "a2", "Community groups run walking clubs"),
      element("output", "p1", "Patients referred to link workers"),
      element("output", "p2", "Walking clubs held weekly"),
      outcome("o1", "Residents feel less isolated"),
      outcome("o2", "Residents are more active", "medium"),
      outcome("o3", "Fewer GP visits for non-medical needs", "long"),
      element("impact", "imp", "Better health and wellbeing in the borough"),
    ],
    [
      link("l1", "i1", "a1"),
      link("l2", "i1", "a2"),
      link("l3", "a1", "p1"),
      link("l4", "a2", "p2"),
      link("l5", "p1", "o1"),
      link("l6", "p2", "o1"),
      link("l7", "p1", "o2"),
      link("l8", "p2", "o2"),
      link("l9", "o1", "o3"),
      link("l10", "o2", "o3"),
      link("l11", "o3", "imp"),
      link("l12", "o2", "imp"),
    ],
  );
}

export function findingsOf(m: TocModel, check: CheckId): Finding[] {
  return checkModel(m).filter((f) => f.check === check);
}

/** The sound model with extra elements and links appended. */
export function soundPlus(
  elements: readonly TocElement[],
  links: readonly TocLink[] = [],
  extra: Partial<TocModel> = {},
): TocModel {
  const base = soundModel();
  return model([...base.elements, ...elements], [...base.links, ...links], extra);
}
