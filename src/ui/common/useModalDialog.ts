// Opens a native <dialog> as modal once it is in the page: the browser then
// traps focus, restores it on close, and closes on Escape.
import { useEffect, useRef } from "react";

export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
