// The side panel for one link: which element leads to which, the rationale
// ("Because…"), and collapsible assumptions and evidence behind the arrow.
import { KINDS } from "../../domain/kinds";
import { MAX_DESCRIPTION_LENGTH, type TocLink, type TocModel } from "../../domain/model";
import { deleteItemsById, editLinkRationale } from "../../store/actions";
import { setSelection, useEditor } from "../../store/editorStore";
import { TextField } from "../common/TextField";
import { DetailListEditor } from "./details/DetailListEditor";
import { DetailSection } from "./details/DetailSection";
import { ASSUMPTIONS, EVIDENCE } from "./details/detailSpecs";

export function LinkDetails({ link, model }: { link: TocLink; model: TocModel }) {
  const readOnly = useEditor((s) => s.open !== "ready");
  const source = model.elements.find((e) => e.id === link.source);
  const target = model.elements.find((e) => e.id === link.target);
  const name = (e: typeof source) => (e ? `${KINDS[e.kind].label}: ${e.title || "Untitled"}` : "—");
  return (
    <>
      <h2 id="side-panel-heading">Link</h2>
      <p>
        <button
          type="button"
          className="linkish"
          onClick={() => source && setSelection([source.id])}
        >
          {name(source)}
        </button>{" "}
        <strong>leads to</strong>{" "}
        <button
          type="button"
          className="linkish"
          onClick={() => target && setSelection([target.id])}
        >
          {name(target)}
        </button>
      </p>
      <TextField
        id="link-rationale"
        label="Because… (rationale)"
        multiline
        rows={5}
        value={link.rationale}
        maxLength={MAX_DESCRIPTION_LENGTH}
        disabled={readOnly}
        onCommit={(r) => editLinkRationale(link.id, r)}
        placeholder="Why does the first lead to the second? What evidence says so?"
      />
      <DetailSection id="assumptions" title="Assumptions" count={link.assumptions.length}>
        <DetailListEditor
          ownerId={link.id}
          spec={ASSUMPTIONS}
          items={link.assumptions}
          disabled={readOnly}
        />
      </DetailSection>
      <DetailSection id="evidence" title="Evidence" count={link.evidence.length}>
        <DetailListEditor
          ownerId={link.id}
          spec={EVIDENCE}
          items={link.evidence}
          disabled={readOnly}
        />
      </DetailSection>
      <button
        type="button"
        className="button button--danger detail-panel__delete"
        disabled={readOnly}
        onClick={() => deleteItemsById([], [link.id])}
      >
        Delete this link
      </button>
    </>
  );
}
