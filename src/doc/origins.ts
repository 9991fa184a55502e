// Transaction origins. Every doc.transact names one; the undo manager tracks
// only LOCAL and TYPING, so each person undoes their own edits and never a peer's, a
// load, a migration or seeding.
export const LOCAL = Symbol("local");
/** This person typing into shared text: undone in runs, not per keystroke. */
export const TYPING = Symbol("typing");
export const REMOTE = Symbol("remote");
export const PERSISTENCE = Symbol("persistence");
export const MIGRATION = Symbol("migration");
export const SEED = Symbol("seed");
export const IMPORT = Symbol("import");

export type Origin =
  | typeof LOCAL
  | typeof TYPING
  | typeof REMOTE
  | typeof PERSISTENCE
  | typeof MIGRATION
  | typeof SEED
  | typeof IMPORT;
