// Where a session connects. By default: our own signaling server on this
// app's origin and no STUN/TURN servers at all, so nothing but this origin
// and the other participants is ever contacted. Sessions across networks can
// add STUN/TURN in the settings dialog (kept on this device) or in
// `session-config.json` next to index.html (for whoever hosts the app).
import type { SessionConfig } from "./liveSession";

const STORAGE_KEY = "toc-studio:session-settings";

/** Our own signaling server, on this app's origin. */
export function defaultSignalingUrl(): string {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${location.host}/signaling`;
}

export interface SessionSettings {
  signalingUrl: string;
  iceServers: RTCIceServer[];
}

function validUrl(value: unknown, schemes: string[]): value is string {
  if (typeof value !== "string" || value.length > 500) return false;
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Keeps only well-formed STUN/TURN entries. */
export function cleanIceServers(value: unknown): RTCIceServer[] {
  if (!Array.isArray(value)) return [];
  return value.slice(0, 8).flatMap((server) => {
    if (typeof server !== "object" || server === null) return [];
    const s = server as Record<string, unknown>;
    const urls = (Array.isArray(s.urls) ? s.urls : [s.urls]).filter(
      (u): u is string => typeof u === "string" && /^(stun|stuns|turn|turns):[^\s]{1,300}$/.test(u),
    );
    if (urls.length === 0) return [];
    const out: RTCIceServer = { urls };
    if (typeof s.username === "string") out.username = s.username.slice(0, 200);
    if (typeof s.credential === "string") out.credential = s.credential.slice(0, 200);
    return [out];
  });
}

export function readSettings(raw: unknown): Partial<SessionSettings> {
  if (typeof raw !== "object" || raw === null) return {};
  const r = raw as Record<string, unknown>;
  const out: Partial<SessionSettings> = {};
  if (validUrl(r.signalingUrl, ["ws:", "wss:"])) out.signalingUrl = r.signalingUrl;
  if (r.iceServers !== undefined) out.iceServers = cleanIceServers(r.iceServers);
  return out;
}

export function loadLocalSettings(): Partial<SessionSettings> {
  try {
    return readSettings(JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "null"));
  } catch {
    return {};
  }
}

export function saveLocalSettings(settings: Partial<SessionSettings>): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(readSettings(settings)));
}

async function loadHostedSettings(): Promise<Partial<SessionSettings>> {
  try {
    const response = await fetch("./session-config.json", { cache: "no-cache" });
    if (!response.ok) return {};
    return readSettings(await response.json());
  } catch {
    return {};
  }
}

export async function resolveSessionConfig(): Promise<SessionConfig> {
  const hosted = await loadHostedSettings();
  const local = loadLocalSettings();
  return {
    signalingUrl: local.signalingUrl ?? hosted.signalingUrl ?? defaultSignalingUrl(),
    iceServers: local.iceServers ?? hosted.iceServers ?? [],
  };
}
