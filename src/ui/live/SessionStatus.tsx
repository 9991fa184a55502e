// "Connected to N people" / "Connecting…" / "Offline — changes kept here".
import { useEffect, useState } from "react";
import { useCollab } from "../../store/liveSession";
import { plural } from "../common/format";

function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    return () => {
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, []);
  return online;
}

export function sessionStatusText(
  session: { signaling: string; peers: number },
  online: boolean,
): string {
  if (session.peers > 0) return `Connected to ${plural(session.peers, "person", "people")}`;
  // A live signaling connection beats navigator.onLine, which says "offline"
  // on a network with no internet (a venue LAN) though peers are reachable.
  if (session.signaling === "offline" || (!online && session.signaling !== "connected")) {
    return "Offline — changes kept here";
  }
  if (session.signaling === "connecting") return "Connecting…";
  return "Connected — waiting for others to join";
}

export function SessionStatus() {
  const session = useCollab((s) => s.session);
  const online = useOnline();
  if (!session) return null;
  const text = sessionStatusText(session, online);
  return (
    <div
      className="status status--session"
      role="status"
      data-testid="session-status"
      data-peers={session.peers}
    >
      <span className="status__icon" aria-hidden="true">
        {session.peers > 0 ? "●" : "○"}
      </span>
      {text}
    </div>
  );
}
