// Transaction origins. Every doc.transact names one; the undo manager tracks
// only LOCAL, so each person undoes their own edits and never a peer's, a
// load, a migration or seeding.
export const LOCAL = Symbol("local");
export const REMOTE = Symbol("remote");
export const PERSISTENCE = Symbol("persistence");
export const MIGRATION = Symbol("migration");
export const SEED = Symbol("seed");
export const IMPORT = Symbol("import");

export type Origin =
  | typeof LOCAL
  | typeof REMOTE
  | typeof PERSISTENCE
  | typeof MIGRATION
  | typeof SEED
  | typeof IMPORT;
