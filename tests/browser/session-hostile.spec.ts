// A peer that sends garbage over the WebRTC data channel is disconnected and
// kept out; the document is unchanged and the page keeps working. Pins the
// peer message guard (src/live/messageGuard.ts) on real WebRTC.
import { expect, test } from "@playwright/test";
import { addWithToolbar, createDocument, nodes } from "./helpers";
import {
  closeAll,
  expectWebrtcPair,
  joinSession,
  launchPeer,
  type Peer,
  sessionStatus,
  startSession,
} from "./sessionHelpers";

/** Keeps every RTCDataChannel the page opens, so the test can misuse it. */
function keepDataChannels() {
  const w = window as unknown as { __tocChannels: RTCDataChannel[] };
  w.__tocChannels = [];
  const create = RTCPeerConnection.prototype.createDataChannel;
  RTCPeerConnection.prototype.createDataChannel = function (...args) {
    const channel = create.apply(this, args);
    w.__tocChannels.push(channel);
    return channel;
  };
  const Original = window.RTCPeerConnection;
  window.RTCPeerConnection = class extends Original {
    constructor(...args: ConstructorParameters<typeof RTCPeerConnection>) {
      super(...args);
      this.addEventListener("datachannel", (e) => w.__tocChannels.push(e.channel));
    }
  } as typeof RTCPeerConnection;
}

const GARBAGE: Record<string, number[]> = {
  // A sync update claiming 4 GB that is not there.
  "truncated update": [0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f],
  // A well-framed update whose bytes are not a Yjs update.
  "random update": [0, 2, 16, ...Array.from({ length: 16 }, (_, i) => (i * 97 + 13) % 256)],
  // A message type y-webrtc does not know.
  "unknown type": [42, 1, 2, 3],
};

for (const [name, bytes] of Object.entries(GARBAGE)) {
  test(`a peer sending ${name} is disconnected and nothing changes`, async ({ baseURL }) => {
    let a: Peer | undefined;
    let b: Peer | undefined;
    try {
      a = await launchPeer("Fran", baseURL ?? "");
      b = await launchPeer("Pat", baseURL ?? "");
      await b.context.addInitScript(keepDataChannels);
      await createDocument(a.page);
      await addWithToolbar(a.page, "impact", "People live well");
      await addWithToolbar(a.page, "outcome", "People feel less lonely");
      const link = await startSession(a);
      await joinSession(b, link);
      await expectWebrtcPair(a.page, b.page);
      await expect(nodes(b.page)).toHaveCount(2);

      await b.page.evaluate((data) => {
        const channels = (window as unknown as { __tocChannels: RTCDataChannel[] }).__tocChannels;
        for (const c of channels) if (c.readyState === "open") c.send(new Uint8Array(data));
      }, bytes);

      await expect(
        a.page.getByRole("alert").filter({ hasText: "could not be used" }),
      ).toBeVisible();
      await expect(sessionStatus(a.page)).toHaveAttribute("data-peers", "0");
      // Kept out: still no connection a few announce rounds later.
      await a.page.waitForTimeout(3000);
      await expect(sessionStatus(a.page)).toHaveAttribute("data-peers", "0");
      // A's document is as it was, and A can still edit.
      await expect(nodes(a.page)).toHaveCount(2);
      await addWithToolbar(a.page, "activity", "Run friendship groups");
      await expect(nodes(a.page)).toHaveCount(3);
      expect(a.errors).toEqual([]);
    } finally {
      await closeAll([a, b]);
    }
  });
}
