// Page lifecycle hooks for an open document: write everything when the page
// is hidden or left, and warn before unloading while writes are pending.
//
// `pagehide` and `visibilitychange` → hidden are the last events a page
// reliably gets (mobile browsers often skip `unload`/`beforeunload`), so we
// start a write there. The `beforeunload` listener is registered only while
// something is unsaved: a permanent one stops some browsers from keeping the
// page in the back/forward cache.

export interface PageLifecycle {
  /** Registers or removes the beforeunload warning. */
  setWarnOnUnload(warn: boolean): void;
  dispose(): void;
}

export function watchPageLifecycle(onHide: () => void): PageLifecycle {
  if (typeof window === "undefined") {
    return { setWarnOnUnload() {}, dispose() {} };
  }
  const doc = typeof document === "undefined" ? undefined : document;
  const onPageHide = () => onHide();
  const onVisibilityChange = () => {
    if (doc?.visibilityState === "hidden") onHide();
  };
  const onBeforeUnload = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = true;
  };
  let warning = false;

  window.addEventListener("pagehide", onPageHide);
  // visibilitychange fires at the document, not the window.
  doc?.addEventListener("visibilitychange", onVisibilityChange);

  const setWarnOnUnload = (warn: boolean) => {
    if (warn === warning) return;
    warning = warn;
    if (warn) window.addEventListener("beforeunload", onBeforeUnload);
    else window.removeEventListener("beforeunload", onBeforeUnload);
  };

  return {
    setWarnOnUnload,
    dispose() {
      setWarnOnUnload(false);
      window.removeEventListener("pagehide", onPageHide);
      doc?.removeEventListener("visibilitychange", onVisibilityChange);
    },
  };
}
