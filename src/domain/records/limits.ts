// The limits every record's fields keep, defined once: the field specs use
// them, and the UI gives its inputs the same maxLength.

export const MAX_TITLE_LENGTH = 300;
export const MAX_DESCRIPTION_LENGTH = 20_000;
/** Owners, stakeholder group names, who dismissed a finding. */
export const MAX_NAME_LENGTH = 120;
/** Each text field of an assumption, indicator or evidence item; a dismissal's reason. */
export const MAX_DETAIL_TEXT = 2_000;
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_DETAILS_PER_LIST = 200;
export const MAX_FINDING_KEY_LENGTH = 2_000;
export const MAX_EVIDENCE_URL_LENGTH = 2_000;
/** Register sizes a file may bring (more entries are dropped and counted). */
export const MAX_STAKEHOLDER_GROUPS = 500;
export const MAX_ELEMENT_GROUPS = 1_000;
export const MAX_DISMISSALS = 5_000;
