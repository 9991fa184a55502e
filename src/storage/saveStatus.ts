// What the user is told about saving, in plain English.

export type SaveStatus =
  | { state: "loading" }
  /** Every local update so far is committed to IndexedDB. */
  | { state: "saved" }
  | { state: "saving" }
  | { state: "error"; message: string };

function errorName(err: unknown): string {
  if (err && typeof err === "object" && "name" in err && typeof err.name === "string") {
    return err.name;
  }
  return "";
}

/** Why storage failed, as a short clause the user can act on. */
export function storageErrorReason(err: unknown): string {
  switch (errorName(err)) {
    case "QuotaExceededError":
      return "storage on this device is full — free some space or delete old documents";
    case "InvalidStateError":
      return "the connection to storage was closed, perhaps by an update in another tab — reload the page";
    case "VersionError":
      return "a newer version of the app is open in another tab — reload the page";
    case "UnknownError":
      return "the browser could not write to the disk";
    case "AbortError":
      return "the browser cancelled the write";
    default:
      return "the browser refused to store it";
  }
}

/** The message for a failed write. The document stays open and editable. */
export function saveErrorMessage(err: unknown): string {
  return `Not saved on this device — export a copy (${storageErrorReason(err)}).`;
}

/** The message when the stored copy could not be read back. */
export function loadErrorMessage(err: unknown): string {
  return `Could not read the copy saved on this device — reload to try again (${storageErrorReason(err)}).`;
}

export function sameStatus(a: SaveStatus, b: SaveStatus): boolean {
  if (a.state !== b.state) return false;
  return a.state !== "error" || (b.state === "error" && a.message === b.message);
}
