// An evidence item's link. The document keeps https: and mailto: links only;
// when it refuses one, the typed text stays in the field to fix and a plain
// message says why. The link is offered to follow only as the document holds
// it (never what was typed), in a new tab without access back to this page.
import { useState } from "react";
import { MAX_DETAIL_TEXT, safeEvidenceUrl } from "../../../domain/details";
import { setEvidenceUrl } from "../../../store/detailActions";
import { TextField } from "../../common/TextField";

export const REFUSED_LINK = "Only https:// and mailto: links can be kept";

export function EvidenceLinkField(props: {
  id: string;
  ownerId: string;
  itemId: string;
  label: string;
  url: string;
  title: string;
  disabled: boolean;
}) {
  const [refused, setRefused] = useState(false);
  const errorId = `${props.id}-error`;
  // The stored value is checked again here: nothing unsafe is ever an href.
  const safe = props.url && safeEvidenceUrl(props.url) === props.url ? props.url : "";
  return (
    <TextField
      id={props.id}
      label={props.label}
      type="url"
      value={props.url}
      maxLength={MAX_DETAIL_TEXT}
      disabled={props.disabled}
      placeholder="https://…"
      describedBy={errorId}
      invalid={refused}
      onReset={() => setRefused(false)}
      onCommit={(typed) => {
        // A link the document would refuse is not written, so the one kept before stays.
        const refuse = typed.trim() !== "" && safeEvidenceUrl(typed) === "";
        setRefused(refuse);
        if (refuse) return false;
        setEvidenceUrl(props.ownerId, props.itemId, typed);
      }}
    >
      <p id={errorId} className="field__error" aria-live="polite">
        {refused && (
          <>
            <span aria-hidden="true">⚠ </span>
            {REFUSED_LINK}
          </>
        )}
      </p>
      {safe && !refused && (
        <a className="evidence-link" href={safe} target="_blank" rel="noopener noreferrer">
          Open link
          <span className="visually-hidden">
            {" "}
            to {props.title || "this evidence"}, opens in a new tab
          </span>
          <span aria-hidden="true"> ↗</span>
        </a>
      )}
    </TextField>
  );
}
