// A new version of the app is offered, never forced: reloading mid-session
// could interrupt a workshop, so the user chooses when.
import { useEffect, useState } from "react";
import { registerServiceWorker } from "./pwa/registerServiceWorker";

export function UpdatePrompt() {
  const [apply, setApply] = useState<(() => void) | null>(null);
  useEffect(() => {
    registerServiceWorker((applyUpdate) => setApply(() => applyUpdate));
  }, []);
  if (!apply) return null;
  return (
    <div className="update-prompt" role="status">
      A new version of ToC Studio is ready.
      <button type="button" className="button button--small button--primary" onClick={apply}>
        Reload to update
      </button>
      <button type="button" className="button button--small" onClick={() => setApply(null)}>
        Later
      </button>
    </div>
  );
}
