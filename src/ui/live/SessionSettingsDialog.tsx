// Connection settings for sessions across networks, kept on this device.
// Empty by default: then only this app's own server and the other
// participants are ever contacted.
import { useState } from "react";
import { loadLocalSettings, readSettings, saveLocalSettings } from "../../store/liveSession";
import { useModalDialog } from "../common/useModalDialog";

export function SessionSettingsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  const initial = loadLocalSettings();
  const first = initial.iceServers?.[0];
  const [signalingUrl, setSignalingUrl] = useState(initial.signalingUrl ?? "");
  const [servers, setServers] = useState(
    (initial.iceServers ?? []).flatMap((s) => s.urls).join("\n"),
  );
  const [username, setUsername] = useState(first?.username ?? "");
  const [credential, setCredential] = useState(
    typeof first?.credential === "string" ? first.credential : "",
  );
  const [error, setError] = useState("");
  const save = () => {
    const urls = servers.split(/\s+/).filter(Boolean);
    const wanted = {
      ...(signalingUrl.trim() ? { signalingUrl: signalingUrl.trim() } : {}),
      iceServers: urls.map((u) => ({ urls: [u], ...(username ? { username, credential } : {}) })),
    };
    const kept = readSettings(wanted);
    if (
      (signalingUrl.trim() && !kept.signalingUrl) ||
      (kept.iceServers?.length ?? 0) !== urls.length
    ) {
      setError(
        "Some entries were not understood. A signaling address is a WebSocket address (starting wss or ws); a server starts stun, stuns, turn or turns, then a colon and its address.",
      );
      return;
    }
    saveLocalSettings(kept);
    onClose();
  };
  return (
    <dialog
      ref={ref}
      className="dialog dialog--wide"
      aria-labelledby="settings-title"
      onCancel={onClose}
    >
      <h2 id="settings-title">Connection settings</h2>
      <p className="hint">
        Only needed when people join from different networks. Leave empty to connect through this
        app's own server and nothing else. These settings stay on this device and apply to the next
        session you start or join.
      </p>
      <div className="field">
        <label htmlFor="set-signaling">Signaling server (optional)</label>
        <input
          id="set-signaling"
          className="text-input"
          value={signalingUrl}
          placeholder="Leave empty to use this app's own"
          onChange={(e) => setSignalingUrl(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="set-ice">STUN or TURN servers, one per line</label>
        <textarea
          id="set-ice"
          className="text-input"
          rows={3}
          value={servers}
          placeholder="One address per line, starting with its kind (stun, turn…)"
          onChange={(e) => setServers(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="set-user">TURN user name (if your TURN server needs one)</label>
        <input
          id="set-user"
          className="text-input"
          value={username}
          autoComplete="off"
          onChange={(e) => setUsername(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="set-credential">TURN password</label>
        <input
          id="set-credential"
          className="text-input"
          type="password"
          value={credential}
          autoComplete="off"
          onChange={(e) => setCredential(e.target.value)}
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="dialog__actions">
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="button button--primary" onClick={save}>
          Save settings
        </button>
      </div>
    </dialog>
  );
}
