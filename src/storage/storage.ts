// Ask the browser not to evict our data under storage pressure. Without it,
// "best-effort" storage may be cleared (Safari: after 7 days without a visit).

export type PersistResult = "granted" | "denied" | "unsupported";

export async function requestPersistentStorage(): Promise<PersistResult> {
  const storage = typeof navigator === "undefined" ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== "function") return "unsupported";
  try {
    // Already persistent: don't prompt again (Firefox shows a permission prompt).
    if (typeof storage.persisted === "function" && (await storage.persisted())) return "granted";
    return (await storage.persist()) ? "granted" : "denied";
  } catch {
    return "unsupported";
  }
}
