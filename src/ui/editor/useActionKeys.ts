// Attaches the one keyboard dispatcher (keys in the capture phase, so the
// canvas library never sees a key an action handles; and the clipboard events).
import { useEffect } from "react";
import { dispatchClipboard, dispatchKey } from "../../actions/dispatch";

/** `enabled` is false while another view (the print view) stands in for the canvas. */
export function useActionKeys(enabled = true) {
  useEffect(() => {
    if (!enabled) return;
    window.addEventListener("keydown", dispatchKey, true);
    for (const type of ["copy", "cut", "paste"] as const) {
      document.addEventListener(type, dispatchClipboard);
    }
    return () => {
      window.removeEventListener("keydown", dispatchKey, true);
      for (const type of ["copy", "cut", "paste"] as const) {
        document.removeEventListener(type, dispatchClipboard);
      }
    };
  }, [enabled]);
}
