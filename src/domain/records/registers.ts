// The document-wide registers: stakeholder groups, element groups
// (workstreams) and dismissed quality findings; and the document's title.
import type { Dismissal, ElementGroup, StakeholderGroup } from "../details";
import { DEFAULT_DOCUMENT_TITLE } from "../model";
import { cleanText } from "../text";
import {
  type Field,
  type Fields,
  finiteNumber,
  lineText,
  makeField,
  ownId,
  paragraphText,
} from "./field";
import {
  MAX_DETAIL_TEXT,
  MAX_FINDING_KEY_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TITLE_LENGTH,
} from "./limits";

/** The document's title: as an element's, but never empty. */
export const DOCUMENT_TITLE = lineText(MAX_TITLE_LENGTH, {
  trim: true,
  fallback: DEFAULT_DOCUMENT_TITLE,
});

export const STAKEHOLDER_GROUP: Fields<StakeholderGroup> = {
  id: ownId(),
  name: lineText(MAX_NAME_LENGTH, { trim: true, fallback: "Unnamed group" }),
  /** Sort key for the register's order. */
  order: finiteNumber(0),
};

export const ELEMENT_GROUP: Fields<ElementGroup> = {
  id: ownId(),
  title: lineText(MAX_TITLE_LENGTH, { trim: true, fallback: "Group" }),
};

/**
 * A finding's key names the dismissal in its register: usable only as it
 * stands (non-empty, one line, nothing a cleaning would change).
 */
const findingKey: Field<string> = makeField({
  type: "line",
  default: "",
  required: true,
  maxLength: MAX_FINDING_KEY_LENGTH,
  parse: (v) =>
    typeof v === "string" && v !== "" && v === cleanText(v, MAX_FINDING_KEY_LENGTH, true)
      ? v
      : undefined,
});

export const DISMISSAL: Fields<Dismissal> = {
  key: findingKey,
  reason: paragraphText(MAX_DETAIL_TEXT, { trim: true }),
  by: lineText(MAX_NAME_LENGTH, { trim: true }),
  /** Milliseconds since 1970; 0 when unknown. */
  at: finiteNumber(0, 0),
};
