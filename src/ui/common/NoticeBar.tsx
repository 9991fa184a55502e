// The one live region for messages: errors are announced assertively.
import { clearMessage, useNotice } from "../../store/notices";

export function NoticeBar() {
  const notice = useNotice((s) => s.notice);
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
