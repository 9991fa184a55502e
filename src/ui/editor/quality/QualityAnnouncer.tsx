// Tells screen-reader users, politely, when the number of open findings
// changes: once the count has held still for a moment (not on every
// keystroke), and never on first showing the panel (the summary is there to read).
import { useEffect, useRef, useState } from "react";

const SETTLE_MS = 1200;

export function QualityAnnouncer({ summary }: { summary: string }) {
  const [announced, setAnnounced] = useState("");
  const last = useRef(summary);
  useEffect(() => {
    if (summary === last.current) return;
    const timer = setTimeout(() => {
      last.current = summary;
      setAnnounced(summary);
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [summary]);
  return (
    <p className="visually-hidden" aria-live="polite" data-testid="checks-announcement">
      {announced}
    </p>
  );
}
