// The model as tables (see tables.ts): readable values, ids next to the
// titles they stand for, every detail list in its own table in its order.
// Text is written as it is; the writers neutralise formula-like cells.
import type { Assumption, Evidence } from "../../domain/details";
import type { TocModel } from "../../domain/model";
import type { StageId } from "../../domain/stages";
import { LABEL } from "./labels";
import { FORMAT_KEY, FORMAT_VALUE, type WrittenRow, type WrittenTables } from "./tables";

/** An exact millisecond time as ISO text when it is one; otherwise the number itself. */
export function timeCell(ms: number): string | number {
  return Number.isInteger(ms) && ms >= 0 && ms <= 8.64e15 ? new Date(ms).toISOString() : ms;
}

export function modelToTables(model: TocModel, now: Date): WrittenTables {
  const { meta } = model;
  const stageName = (stage: StageId | null) => (stage ? LABEL.stage(stage, meta.framing) : "");
  const titleOf = new Map(model.elements.map((el) => [el.id, el.title]));
  const groupTitle = new Map(model.groups.map((g) => [g.id, g.title]));
  const stakeholderName = new Map(model.stakeholders.map((s) => [s.id, s.name]));
  const linkTitle = (source: string, target: string) =>
    `${titleOf.get(source) ?? ""} → ${titleOf.get(target) ?? ""}`;

  const tables: WrittenTables = new Map();
  tables.set("Document", [
    [FORMAT_KEY, FORMAT_VALUE, "Made by ToC Studio; it can be opened in ToC Studio again."],
    ["title", meta.title, "The title of the theory of change."],
    [
      "framing",
      LABEL.framing(meta.framing),
      "Theory of change (impact at the top) or Logic model (left to right).",
    ],
    ["createdAt", timeCell(meta.createdAt), "When it was created (UTC)."],
    ["ceiling", stageName(meta.ceiling), "The last stage the programme answers for (blank: none)."],
    ["exportedAt", now.toISOString(), "When this file was saved (UTC)."],
  ]);

  const elements: WrittenRow[] = [];
  const indicators: WrittenRow[] = [];
  const assumptions: WrittenRow[] = [];
  const evidence: WrittenRow[] = [];
  const roles: WrittenRow[] = [];
  const addDetails = (
    on: string,
    onTitle: string,
    a: readonly Assumption[],
    e: readonly Evidence[],
  ) => {
    for (const item of a) {
      assumptions.push([on, onTitle, item.id, item.text, LABEL.confidence(item.confidence)]);
    }
    for (const item of e) {
      evidence.push([
        on,
        onTitle,
        item.id,
        item.title,
        item.url,
        LABEL.evidenceType(item.type),
        LABEL.strength(item.strength),
      ]);
    }
  };
  for (const el of model.elements) {
    elements.push([
      el.id,
      LABEL.kind(el.kind),
      stageName(el.stage),
      el.title,
      el.description,
      LABEL.status(el.status),
      el.owner,
      el.tags.join("\n"),
      el.group ?? "",
      el.group ? (groupTitle.get(el.group) ?? "") : "",
      el.position.x,
      el.position.y,
    ]);
    for (const ind of el.indicators) {
      indicators.push([
        el.id,
        el.title,
        ind.id,
        ind.measure,
        ind.population,
        ind.baseline,
        ind.target,
        ind.threshold,
        ind.byWhen,
        ind.dataSource,
      ]);
    }
    addDetails(el.id, el.title, el.assumptions, el.evidence);
    for (const [stakeholderId, role] of Object.entries(el.stakeholders)) {
      roles.push([
        el.id,
        el.title,
        stakeholderId,
        stakeholderName.get(stakeholderId) ?? "",
        LABEL.role(role),
      ]);
    }
  }
  const links: WrittenRow[] = [];
  for (const link of model.links) {
    links.push([
      link.id,
      link.source,
      link.target,
      titleOf.get(link.source) ?? "",
      titleOf.get(link.target) ?? "",
      link.rationale,
    ]);
    addDetails(link.id, linkTitle(link.source, link.target), link.assumptions, link.evidence);
  }
  tables.set("Elements", elements);
  tables.set("Links", links);
  tables.set("Indicators", indicators);
  tables.set("Assumptions", assumptions);
  tables.set("Evidence", evidence);
  tables.set("Stakeholder roles", roles);
  tables.set(
    "Stakeholders",
    model.stakeholders.map((s) => [s.id, s.name]),
  );
  tables.set(
    "Groups",
    model.groups.map((g) => [g.id, g.title]),
  );
  tables.set(
    "Dismissed checks",
    model.dismissals.map((d) => [d.key, d.reason, d.by, timeCell(d.at)]),
  );
  return tables;
}
