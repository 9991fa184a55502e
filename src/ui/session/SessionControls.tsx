// Start, share and leave a live session, from the editor's header.
import { useState } from "react";
import { newRoomFragment, useCollab } from "../../store/collab";
import { SessionSettingsDialog } from "./SessionSettingsDialog";
import { ShareDialog } from "./ShareDialog";

export function SessionControls({ docId }: { docId: string }) {
  const link = useCollab((s) => s.link);
  const [sharing, setSharing] = useState(false);
  const [settings, setSettings] = useState(false);
  if (!link) {
    return (
      <>
        <button
          type="button"
          className="button button--primary"
          onClick={() => {
            location.hash = newRoomFragment(docId);
            setSharing(true);
          }}
        >
          Start a session
        </button>
        <button type="button" className="button" onClick={() => setSettings(true)}>
          Connection settings
        </button>
        {settings && <SessionSettingsDialog onClose={() => setSettings(false)} />}
      </>
    );
  }
  const url = `${location.origin}${location.pathname}#room=${link.roomId},${link.secret}`;
  const leave = () => {
    setSharing(false);
    location.hash = `#/doc/${docId}`;
  };
  return (
    <>
      <button type="button" className="button button--primary" onClick={() => setSharing(true)}>
        Invite people
      </button>
      <button type="button" className="button" onClick={leave}>
        Leave session
      </button>
      {sharing && <ShareDialog url={url} onClose={() => setSharing(false)} onLeave={leave} />}
    </>
  );
}
