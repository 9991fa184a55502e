// TESTING.md hostile inputs 5 (Unicode) and 6 (size), shared by the tests of
// every exporter and importer that carries user text.

export const LONE_SURROGATE = "lone \uD800 surrogate";
export const RTL_OVERRIDE = "right-to-left \u202Eoverride";
/** Zero-width space, non-joiner and joiner. */
export const ZERO_WIDTH = "zero\u200Bwidth\u200Cnon\u200Djoiner";
/** Emoji built with zero-width joiners (a family, a health worker). */
export const ZWJ_EMOJI = "family 👩‍👩‍👧‍👦 and health worker 🧑‍⚕️";
export const COMBINING_MARKS = `a${"\u0301".repeat(500)}`;
export const CONTROL_CHARACTERS = "nul\u0000 and bell\u0007";

/** Item 5: each on its own, as a label a person or a peer could write. */
export const HOSTILE_UNICODE = [
  LONE_SURROGATE,
  RTL_OVERRIDE,
  ZERO_WIDTH,
  ZWJ_EMOJI,
  COMBINING_MARKS,
  CONTROL_CHARACTERS,
] as const;

/** Item 6: a 1 MB label. */
export const HUGE_LABEL = "x".repeat(1_000_000);
