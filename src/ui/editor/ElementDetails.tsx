// The side panel for one element, in the order a workshop works through it:
// what it is (title, kind, stage, status, the shared description), then
// collapsible sections for assumptions, indicators, evidence, stakeholders,
// owner and tags, then its links ("Leads to", "Add a link to…", "Comes from").
import { useState } from "react";
import { stageAlong } from "../../domain/geometry";
import { ELEMENT_KINDS, type ElementKind, fitStage, KINDS } from "../../domain/kinds";
import { MAX_TITLE_LENGTH, type TocElement, type TocModel } from "../../domain/model";
import { MAX_NAME_LENGTH } from "../../domain/records/limits";
import { FRAMINGS, type StageId } from "../../domain/stages";
import { connectElements, deleteItemsById, editElement } from "../../store/actions";
import { setElementOwner } from "../../store/detailActions";
import { setSelection, useEditor, useElements } from "../../store/editorStore";
import { plural } from "../common/format";
import { TextField } from "../common/TextField";
import { DescriptionField } from "./details/DescriptionField";
import { DetailListEditor } from "./details/DetailListEditor";
import { DetailSection } from "./details/DetailSection";
import { ASSUMPTIONS, EVIDENCE, INDICATORS } from "./details/detailSpecs";
import { StakeholderRoles } from "./details/StakeholderRoles";
import { StatusSelect } from "./details/StatusSelect";
import { TagsField } from "./details/TagsField";

/** Kinds that indicators measure (PRODUCT.md: indicators for each outcome). */
const MEASURED = new Set(["outcome", "impact"]);

export function ElementDetails({ element, model }: { element: TocElement; model: TocModel }) {
  const readOnly = useEditor((s) => s.open !== "ready");
  const names = FRAMINGS[model.meta.framing].stageNames;
  const byId = useElements((s) => s.byId);
  const outgoing = model.links.filter((l) => l.source === element.id);
  const incoming = model.links.filter((l) => l.target === element.id);
  const [linkTarget, setLinkTarget] = useState("");
  const measured = MEASURED.has(element.kind);
  const candidates = model.elements.filter(
    (e) => e.id !== element.id && !outgoing.some((l) => l.target === e.id),
  );

  const changeStage = (stage: StageId) =>
    editElement(element.id, { stage, position: { x: stageAlong(stage), y: element.position.y } });
  const changeKind = (kind: ElementKind) => {
    const stage = fitStage(kind, element.stage);
    editElement(element.id, {
      kind,
      stage,
      ...(stage && stage !== element.stage
        ? { position: { x: stageAlong(stage), y: element.position.y } }
        : {}),
    });
  };

  return (
    <>
      <h2 id="side-panel-heading">
        <span aria-hidden="true">{KINDS[element.kind].icon}</span> {KINDS[element.kind].label}
      </h2>
      <TextField
        id="el-title"
        label="Title"
        value={element.title}
        maxLength={MAX_TITLE_LENGTH}
        disabled={readOnly}
        onCommit={(title) => {
          if (title.trim()) editElement(element.id, { title });
        }}
      />
      <div className="field">
        <label htmlFor="el-kind">Kind</label>
        <select
          id="el-kind"
          className="text-input"
          value={element.kind}
          disabled={readOnly}
          onChange={(e) => changeKind(e.target.value as ElementKind)}
        >
          {ELEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {KINDS[k].label}
            </option>
          ))}
        </select>
      </div>
      {KINDS[element.kind].stages.length > 0 && (
        <div className="field">
          <label htmlFor="el-stage">Stage</label>
          <select
            id="el-stage"
            className="text-input"
            value={element.stage ?? ""}
            disabled={readOnly || KINDS[element.kind].stages.length < 2}
            onChange={(e) => changeStage(e.target.value as StageId)}
          >
            {KINDS[element.kind].stages.map((s) => (
              <option key={s} value={s}>
                {names[s]}
              </option>
            ))}
          </select>
        </div>
      )}
      <StatusSelect elementId={element.id} status={element.status} disabled={readOnly} />
      <DescriptionField elementId={element.id} value={element.description} disabled={readOnly} />
      <DetailSection id="assumptions" title="Assumptions" count={element.assumptions.length}>
        <DetailListEditor
          ownerId={element.id}
          spec={ASSUMPTIONS}
          items={element.assumptions}
          disabled={readOnly}
        />
      </DetailSection>
      {(measured || element.indicators.length > 0) && (
        <DetailSection id="indicators" title="Indicators" count={element.indicators.length}>
          {!measured && (
            <p className="hint">
              Indicators measure outcomes and impact. This {KINDS[element.kind].label.toLowerCase()}{" "}
              keeps the ones it has; make it an outcome to add more.
            </p>
          )}
          <DetailListEditor
            ownerId={element.id}
            spec={INDICATORS}
            items={element.indicators}
            disabled={readOnly}
            canAdd={measured}
          />
        </DetailSection>
      )}
      <DetailSection id="evidence" title="Evidence" count={element.evidence.length}>
        <DetailListEditor
          ownerId={element.id}
          spec={EVIDENCE}
          items={element.evidence}
          disabled={readOnly}
        />
      </DetailSection>
      <DetailSection
        id="stakeholders"
        title="Stakeholders"
        count={model.stakeholders.filter((g) => element.stakeholders[g.id]).length}
      >
        <StakeholderRoles
          elementId={element.id}
          roles={element.stakeholders}
          model={model}
          disabled={readOnly}
        />
      </DetailSection>
      <DetailSection
        id="owner"
        title="Owner and tags"
        note={[element.owner || "No owner", plural(element.tags.length, "tag")].join(" · ")}
      >
        <TextField
          id="el-owner"
          label="Owner"
          value={element.owner}
          maxLength={MAX_NAME_LENGTH}
          disabled={readOnly}
          onCommit={(owner) => setElementOwner(element.id, owner)}
          placeholder="Who is responsible for it"
        />
        <TagsField elementId={element.id} tags={element.tags} disabled={readOnly} />
      </DetailSection>
      <h3>Leads to</h3>
      <LinkList
        ids={outgoing.map((l) => ({ link: l.id, other: byId.get(l.target) }))}
        readOnly={readOnly}
      />
      <div className="field field--inline">
        <label htmlFor="el-link-to">Add a link to…</label>
        <select
          id="el-link-to"
          className="text-input"
          value={linkTarget}
          disabled={readOnly}
          onChange={(e) => setLinkTarget(e.target.value)}
        >
          <option value="">Choose an element</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {KINDS[c.kind].label}: {c.title || "Untitled"}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--small"
          disabled={!linkTarget || readOnly}
          onClick={() => {
            if (connectElements(element.id, linkTarget)) setLinkTarget("");
          }}
        >
          Add link
        </button>
      </div>
      <h3>Comes from</h3>
      <LinkList
        ids={incoming.map((l) => ({ link: l.id, other: byId.get(l.source) }))}
        readOnly={readOnly}
      />
    </>
  );
}

function LinkList({
  ids,
  readOnly,
}: {
  ids: Array<{ link: string; other: TocElement | undefined }>;
  readOnly: boolean;
}) {
  if (ids.length === 0) return <p className="hint">None yet.</p>;
  return (
    <ul className="link-list">
      {ids.map(({ link, other }) => (
        <li key={link}>
          <button type="button" className="linkish" onClick={() => setSelection([], [link])}>
            {other ? `${KINDS[other.kind].label}: ${other.title || "Untitled"}` : "Missing element"}
          </button>
          <button
            type="button"
            className="button button--small"
            disabled={readOnly}
            onClick={() => deleteItemsById([], [link])}
            aria-label={`Remove link to ${other?.title ?? "element"}`}
          >
            Remove
          </button>
        </li>
      ))}
    </ul>
  );
}
