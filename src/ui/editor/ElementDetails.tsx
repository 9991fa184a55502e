import { useState } from "react";
import { stageAlong } from "../../domain/geometry";
import { ELEMENT_KINDS, type ElementKind, fitStage, KINDS } from "../../domain/kinds";
import {
  MAX_DESCRIPTION_LENGTH,
  MAX_TITLE_LENGTH,
  type TocElement,
  type TocModel,
} from "../../domain/model";
import { FRAMINGS, type StageId } from "../../domain/stages";
import { connectElements, deleteItemsById, editElement } from "../../store/actions";
import { setSelection, useEditor } from "../../store/editorStore";
import { CommitField } from "./CommitField";

export function ElementDetails({ element, model }: { element: TocElement; model: TocModel }) {
  const readOnly = useEditor((s) => s.open !== "ready");
  const names = FRAMINGS[model.meta.framing].stageNames;
  const byId = new Map(model.elements.map((e) => [e.id, e]));
  const outgoing = model.links.filter((l) => l.source === element.id);
  const incoming = model.links.filter((l) => l.target === element.id);
  const [linkTarget, setLinkTarget] = useState("");
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
      <CommitField
        id="el-title"
        label="Title"
        value={element.title}
        maxLength={MAX_TITLE_LENGTH}
        disabled={readOnly}
        onCommit={(title) => title.trim() && editElement(element.id, { title })}
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
      <CommitField
        id="el-description"
        label="Description"
        multiline
        value={element.description}
        maxLength={MAX_DESCRIPTION_LENGTH}
        disabled={readOnly}
        onCommit={(description) => editElement(element.id, { description })}
        placeholder="What this means, who it is for, how you will know."
      />
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
