// Session settings from a file or this device keep only what is safe: ws(s)
// signaling URLs and stun/turn servers; by default nothing else is contacted.
import { describe, expect, it } from "vitest";
import { cleanIceServers, readSettings } from "../../../src/live/config";

describe("session settings", () => {
  it("keeps STUN/TURN entries and drops anything else", () => {
    expect(
      cleanIceServers([
        { urls: "stun:stun.example.org:3478" },
        { urls: ["turn:turn.example.org", "javascript:alert(1)"], username: "u", credential: "p" },
        { urls: "https://evil.example" },
        "stun:bare-string",
        null,
      ]),
    ).toEqual([
      { urls: ["stun:stun.example.org:3478"] },
      { urls: ["turn:turn.example.org"], username: "u", credential: "p" },
    ]);
  });

  it("accepts only ws: and wss: signaling URLs", () => {
    expect(readSettings({ signalingUrl: "wss://signal.example.org/signaling" })).toEqual({
      signalingUrl: "wss://signal.example.org/signaling",
    });
    expect(readSettings({ signalingUrl: "javascript:alert(1)" })).toEqual({});
    expect(readSettings({ signalingUrl: "https://x" })).toEqual({});
    expect(readSettings("nonsense")).toEqual({});
  });
});
