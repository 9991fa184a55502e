// The one live region for messages: errors are announced assertively and
// stay until dismissed; information fades after a few seconds.
import { useEffect } from "react";
import { clearMessage, useNotice } from "../../store/notices";

const INFO_SECONDS = 8;

export function NoticeBar() {
  const notice = useNotice((s) => s.notice);
  useEffect(() => {
    if (notice?.tone !== "info") return;
    const timer = setTimeout(() => {
      if (useNotice.getState().notice === notice) clearMessage();
    }, INFO_SECONDS * 1000);
    return () => clearTimeout(timer);
  }, [notice]);
  return (
    <div className="notice-region" aria-live="polite" role="status">
      {notice && (
        <div
          className={`notice notice--${notice.tone}`}
          role={notice.tone === "error" ? "alert" : undefined}
          data-testid="notice"
        >
          <span>{notice.text}</span>
          <button type="button" className="button button--small" onClick={clearMessage}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
